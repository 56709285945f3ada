// What brings about the events news counts (disasters, violence, illness, economic shocks, stoppages) and the occasions
// it counts at (a march, a match, a vote). As the subject of a counting verb ("the storm destroyed 3,000 homes", "the
// recession cost 20,000 jobs", "the rally drew 20,000 people") such a noun names the cause or the occasion, not a group of
// what is counted: two reports calling one storm a "storm" and a "hurricane" count the same homes.

/** Nouns of causes and occasions, singular, lower case. */
export const CAUSE_NOUNS: ReadonlySet<string> = new Set(`storm hurricane typhoon cyclone tornado twister blizzard snowstorm
  rainstorm thunderstorm gale wind winds rain rains downpour deluge flood flooding floodwater floodwaters inundation surge tide
  quake earthquake tremor temblor aftershock tsunami landslide landslip mudslide avalanche eruption volcano drought heatwave
  heat cold freeze frost fire wildfire blaze bushfire inferno flame explosion blast bomb bombing shelling airstrike strike
  attack raid offensive assault war fighting conflict violence clash unrest riot rioting crackdown insurgency coup
  crash collision derailment accident disaster collapse sinking capsizing stampede crush
  outbreak epidemic pandemic virus disease illness infection wave
  recession downturn slump crisis slowdown shutdown lockdown outage blackout failure glitch meltdown bankruptcy insolvency
  closure restructuring overhaul merger takeover automation tariff sanction walkout stoppage
  protest march rally demonstration gathering vigil parade procession concert festival match game event ceremony funeral
  election vote referendum`.split(/\s+/));
