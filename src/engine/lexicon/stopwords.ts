// Words that carry no topic: function words, question scaffolding ("tell me about", "explain"),
// and conversational filler that long-winded questions wrap around the real words.
const WORDS = `
a about above after again against all almost also am an and any anybody anyone anything are arent around as at
be because been before being below between both but by can cant could couldnt did didnt do does doesnt doing dont
down during each either else ever every few for from further get gets getting got had hadnt has hasnt have havent
having he her here hers herself him himself his how however i if ill im in into is isnt it its itself ive just
let lets like me might more most much must my myself no nor not now of off on once one only or other ought our ours
ourselves out over quite rather really same shall she should shouldnt so some somebody someone something such
than that thats the their theirs them themselves then there theres these they theyre this those through to too
under until up upon us very was wasnt we were werent what whats when whens where wheres whether which while who
whos whom whose why whys will with within without wont would wouldnt yes yet you youd youll your youre yours
yourself yourselves
actually anyway basically briefly bro btw curious dear detail details describe description did does dude eh
exactly explain explained explaining explanation folks give guess guys hello hey hi hmm info information kind
know knows learn let lol maybe mention mentioned mentions need okay ok please
pls plz quick quickly read reading said say saying says show simple simply sort summarize summary tell telling
thank thanks thing things think thx told understand understanding want wanted wanting was wonder wondered
wondering yeah yo article text piece post passage author writer glossary define definition defined term
question questions answer answers someone somebody stuff heard hear regarding concerning exactly specifically
today currently recently right well already still stand stands standing acronym abbreviation abbreviated short
alright okay lately hearing nutshell headline somewhere roughly pretty dumb suddenly everyone everybody bunch
lot lots vs versus wondering many totally literally honestly seriously kinda sorta gonna wanna gotta gist overall bit
`;

/** Folded words ignored when matching. */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter(Boolean));
