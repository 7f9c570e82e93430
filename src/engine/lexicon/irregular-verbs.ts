// Past forms of irregular English verbs (`forms:base`), so "fled" matches "flee" and "bought" matches "buy". Forms
// that are also common words of their own are left out: found (to found a company), left, saw, rose,
// ground, wound, bore, lay, lit, spoke, stole, fell (to fell a tree) and felt.
const FORMS = `
arose,arisen:arise awoke,awoken:awake beat,beaten:beat became:become
began,begun:begin bent:bend bet:bet bit,bitten:bite bled:bleed blew,blown:blow broke,broken:break
bred:breed brought:bring built:build burnt:burn bought:buy caught:catch chose,chosen:choose
came:come crept:creep dealt:deal dug:dig drew,drawn:draw dreamt:dream drank,drunk:drink
drove,driven:drive ate,eaten:eat fallen:fall fed:feed fought:fight fled:flee flew,flown:fly
forbade,forbidden:forbid forgot,forgotten:forget forgave,forgiven:forgive froze,frozen:freeze
got,gotten:get gave,given:give went,gone:go grew,grown:grow hung:hang heard:hear
hid,hidden:hide held:hold kept:keep knelt:kneel knew,known:know laid:lay led:lead leant:lean
leapt:leap learnt:learn lent:lend lost:lose made:make met:meet paid:pay ran:run
rang,rung:ring rode,ridden:ride risen:rise said:say sought:seek sold:sell sent:send
shook,shaken:shake shone:shine shot:shoot shown:show shrank,shrunk:shrink sang,sung:sing
sank,sunk:sink sat:sit slept:sleep slid:slide spent:spend spun:spin sprang,sprung:spring stood:stand
stuck:stick stung:sting strode,stridden:stride struck,stricken:strike strove,striven:strive
swore,sworn:swear swept:sweep swam,swum:swim swung:swing took,taken:take taught:teach tore,torn:tear
told:tell thought:think threw,thrown:throw understood:understand woke,woken:wake wore,worn:wear
wove,woven:weave wept:weep won:win withdrew,withdrawn:withdraw wrote,written:write
`;

/** Folded past form → the verb's base form. */
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  FORMS.split(/\s+/u)
    .filter(Boolean)
    .flatMap((group) => {
      const [forms = '', base = ''] = group.split(':');
      return forms.split(',').map((form): [string, string] => [form, base]);
    }),
);
