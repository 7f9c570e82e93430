// Everyday words people use for the article's words. Each group is a set of interchangeable words;
// a question word matches any other word of its group at a discount. Kept small and general on
// purpose: a content pack's own vocabulary comes from its text, glossary and curated phrasings.
const GROUPS = `
money spending spend spent cost costs price prices pricing dollars dollar cash funds funding budget invest investment worth
cheap inexpensive affordable
expensive pricey costly price prices
big large huge massive giant enormous significant major
small little tiny minor
company companies firm firms business businesses corporation organization organizations vendor vendors
chip chips processor processors silicon semiconductor semiconductors hardware accelerator accelerators
buy buying bought purchase purchased purchasing acquire
sell selling sold
make making made build building built create created design designed designs develop developed produce produced
use using used utilize rely relying employ leverage run running
fast quick speed rapid
slow sluggish
deal deals agreement agree agreed partnership contract pact arrangement sign signed signing commitment commit
reason reasons cause causes driving drive drivers motivate motivated motivation
grow growing growth increase increasing surge expand expanding expansion
adoption adopting adopt embrace uptake
rise rises rising risen puff swell leaven leavened
shortage shortages scarcity scarce lack supply
problem problems issue issues challenge challenges risk risks
government regulator regulators authorities officials
investigation investigations probe probes inquiry lawsuit
competitor competitors rival rivals competition alternative alternatives
train training trained teach teaching taught
own custom in-house homegrown proprietary bespoke
inference inferencing predict prediction serving serve
customer customers client clients user users developer developers
number count amount many quantity
year years annual annually
power electricity energy compute computing capacity
stable reliable dependable
available availability obtain obtainable access
future upcoming next later
help helps helping benefit benefits advantage advantages
tech technology industry
cloud datacenter
taste tastes flavor flavour flavors flavours tang tangy sour
old oldest ancient age ages history historic historical
begin began beginning start started first origin origins
end ended finish finished stop stopped
difference differences different differ versus compare comparison
important importance matter matters significant
job purpose role function
safe safety healthy health
smell aroma scent
hot heat warm temperature
cold chilled fridge refrigerator refrigerate
long duration time hours
store stored keep kept storage
mix mixed mixing combine combined
called call named name nicknamed dubbed known
miner miners prospector prospectors
message messages msg msgs
command commands cmd cmds
maximum max limit limits
minimum min
database databases db dbs
link links hyperlink hyperlinks url urls
import imports importing require requires
argument arguments arg args parameter parameters param params
directory directories dir folder folders
image images img picture pictures pic
fire fires fired firing emit emits emitted emitting trigger triggers triggered
error errors exception exceptions throw throws thrown
`;

/** Maps a folded word to the other words of its groups. */
export function synonymGroups(): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const line of GROUPS.split('\n')) {
    const words = line.split(/\s+/u).filter(Boolean);
    for (const word of words) {
      const others = map.get(word) ?? [];
      for (const other of words) if (other !== word && !others.includes(other)) others.push(other);
      map.set(word, others);
    }
  }
  return map;
}
