// US states and the District of Columbia: ISO 3166-2 code to the FIPS code us-atlas names its shapes by.
export const US_STATE_FIPS: Record<string, string> = {
  "US-AL": "01", "US-AK": "02", "US-AZ": "04", "US-AR": "05", "US-CA": "06", "US-CO": "08", "US-CT": "09",
  "US-DE": "10", "US-DC": "11", "US-FL": "12", "US-GA": "13", "US-HI": "15", "US-ID": "16", "US-IL": "17",
  "US-IN": "18", "US-IA": "19", "US-KS": "20", "US-KY": "21", "US-LA": "22", "US-ME": "23", "US-MD": "24",
  "US-MA": "25", "US-MI": "26", "US-MN": "27", "US-MS": "28", "US-MO": "29", "US-MT": "30", "US-NE": "31",
  "US-NV": "32", "US-NH": "33", "US-NJ": "34", "US-NM": "35", "US-NY": "36", "US-NC": "37", "US-ND": "38",
  "US-OH": "39", "US-OK": "40", "US-OR": "41", "US-PA": "42", "US-RI": "44", "US-SC": "45", "US-SD": "46",
  "US-TN": "47", "US-TX": "48", "US-UT": "49", "US-VT": "50", "US-VA": "51", "US-WA": "53", "US-WV": "54",
  "US-WI": "55", "US-WY": "56",
};
