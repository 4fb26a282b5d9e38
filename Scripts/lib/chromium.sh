# Sourced by the screenshot scripts: sets $browser to headless-capable Chromium, installing
# Debian's package when it is missing.
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  apt-get update
  apt-get install -y --no-install-recommends chromium
  browser=$(command -v chromium)
fi
