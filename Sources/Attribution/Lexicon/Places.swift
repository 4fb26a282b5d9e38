/// Places and countries as articles name them, lower-cased: never a person, whatever runs of
/// capitals suggest. The extractor passes them over when a pronoun looks back for a person
/// (`... in Las Vegas. "We were there," she said`), and the ledger's registry gives a speaker so
/// named the kind of an organisation (`China said`).
public enum Places {
  public static let names: Set<String> = [
    "america", "united states", "us", "u.s", "d.c.", "china", "russia", "mexico", "canada", "france", "germany",
    "britain",
    "united kingdom", "uk", "japan", "iran", "iraq", "israel", "syria", "india", "pakistan", "afghanistan",
    "north korea", "south korea", "saudi arabia", "egypt", "turkey", "cuba", "venezuela", "brazil", "europe",
    "asia", "africa", "central asia", "middle east", "ukraine", "libya", "washington", "beijing", "moscow",
    "jerusalem", "london", "paris", "berlin", "tokyo", "benghazi", "new york", "los angeles", "chicago",
    "miami", "cleveland", "flint", "sacramento", "springfield", "huntsville", "berkeley", "liverpool",
    "manchester", "boca raton", "capitol hill", "wall street", "silicon valley", "alabama", "alaska", "arizona",
    "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho",
    "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts",
    "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
    "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
    "west virginia", "wisconsin", "wyoming", "derry", "nice", "vatican", "new delhi", "new england",
    "new orleans", "west point", "southern california", "northern california", "delhi", "mosul",
    "las vegas", "little rock", "san francisco", "san diego", "san jose", "boston", "philadelphia", "detroit",
    "atlanta", "dallas", "houston", "denver", "seattle", "phoenix", "brooklyn", "manhattan", "queens", "bronx",
    "staten island", "long island", "orlando", "tampa", "charleston", "des moines", "colorado springs",
    "louisville", "milwaukee", "baltimore", "pittsburgh", "cincinnati", "columbus", "kansas city", "st. louis",
    "salt lake city", "lower east side", "washington heights", "eau claire", "port washington", "sandy hook",
    "south china sea", "great wall", "puerto rico", "hong kong", "taiwan", "vietnam", "philippines", "indonesia",
    "australia", "new zealand", "ireland", "scotland", "spain", "italy", "greece", "poland", "sweden", "norway",
    "belgium", "brussels", "rome", "madrid", "istanbul", "ankara", "tehran", "baghdad", "damascus", "kabul",
    "havana", "caracas", "nigeria", "kenya", "south africa", "ethiopia", "somalia", "yemen", "qatar",
    "lebanon", "gaza", "west bank", "crimea", "kiev", "kyiv", "myanmar", "burma", "thailand", "singapore",
    "persian gulf", "gulf of mexico",
  ]
}
