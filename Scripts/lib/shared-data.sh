# Sourced by the scripts that measure on the data beside the project: `needs_shared PATH...`
# ends the script with a message when one is absent (a user's clone has no ../shared: the
# measure is skipped, not failed), and $work is a scratch folder removed on exit.
needs_shared() {
  for path in "$@"; do
    if [ ! -e "$path" ]; then
      echo "skipped: $path is absent (it lives beside the project, not in it)"
      exit 0
    fi
  done
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
