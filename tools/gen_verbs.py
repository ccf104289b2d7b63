#!/usr/bin/python3
"""gen_verbs.py - writes data/dict/verbs.dict, dyad's verb patterns.

Written for dyad from the CAMEO 1.1b3 code definitions (codes and their
meaning are facts from the codebook; no pattern text was taken from the
TABARI/PETRARCH dictionaries).  Each spec line below is (CAMEO code, verb
lemmas, complements); every verb x complement pair becomes one pattern
"verb complement : code".  Complements are lemmas that follow the verb in
the clause ("impose" + "sanction"); '+' is the slot of the target actor
("call on + to").  BARE gives each verb's code when no complement matches.
The first spec that produces a pattern wins, except that a more specific
code of the same act replaces a general one (071 replaces 070, 0231 023);
later duplicates are dropped (and counted on stderr), so `dyad dict check`
finds none.

usage: /usr/bin/python3 tools/gen_verbs.py > data/dict/verbs.dict
"""
import sys
import unicodedata

def W(s):
    return [x.strip() for x in s.split("|") if x.strip()]

# --- synonym groups used in the specs -------------------------------------
AID = W("aid|assistance|help|support|relief|funding|loan|money|grant|donation|supply|supplies")
ECON = W("economic aid|financial aid|financial assistance|economic assistance|loan|credit|funding|fund|grant|debt relief|budget support|investment|cash|money|subsidy")
MILAID = W("weapon|arms|military aid|military assistance|ammunition|missile|tank|fighter jet|air defence|air defense|military equipment|troops|military advisers|drone|artillery|rocket")
HUMAID = W("humanitarian aid|humanitarian assistance|food|food aid|medicine|medical supplies|relief supplies|relief|shelter|water|tent|blanket|vaccine|fuel")
SANCT = W("sanction|embargo|boycott|trade embargo|arms embargo|oil embargo|economic sanctions|tariff|export ban|import ban|asset freeze|travel ban|penalty")
TIES = W("tie|diplomatic ties|diplomatic relations|relations|contact|links|diplomatic links")
TALKS = W("talk|negotiation|dialogue|discussion|peace talks|consultation|summit|meeting|contact")
TRUCE = W("ceasefire|cease-fire|truce|armistice|peace deal|peace agreement|peace accord|peace plan|peace process")
DEAL = W("agreement|deal|accord|treaty|pact|memorandum|memorandum of understanding|protocol|contract|convention|charter|declaration")
REFORM = W("reform|political reform|democratic reform|constitutional reform|election|elections|democracy|referendum|new constitution|power sharing|transition")
RIGHTS = W("right|human rights|freedom|civil liberties|press freedom|freedom of speech|free speech|religious freedom|voting rights")
PRISONER = W("prisoner|hostage|detainee|captive|political prisoner|soldier|activist|journalist|dissident|crew|sailor|fisherman|national|citizen")
PROPERTY = W("property|asset|ship|vessel|tanker|aircraft|plane|territory|land|body|remains|artefact|embassy")
FORCE = W("force|troops|army|soldier|tank|warship|reinforcement|military|reservist|battalion|brigade|division")
WEAPON = W("missile|rocket|shell|mortar|grenade|bomb|artillery|drone|cluster bomb|barrel bomb|ballistic missile|cruise missile|tear gas|rubber bullet|live ammunition")
CRIME = W("corruption|bribery|fraud|embezzlement|money laundering|crime|murder|terrorism|drug trafficking|tax evasion|abuse of power|smuggling")
HRABUSE = W("human rights abuses|human rights violations|abuses|torture|rights violations|atrocities|mistreatment|persecution|repression|discrimination|crackdown")
WARCRIME = W("war crimes|crimes against humanity|genocide|ethnic cleansing|massacre|mass killing|chemical attack")
ATTACK = W("attack|bombing|assault|aggression|strike|airstrike|air strike|shelling|incursion|invasion|raid|offensive|killing|explosion|blast")
SPYING = W("espionage|spying|treason|sabotage|hacking|cyberattack|cyber attack|election interference|interference|meddling")
MEDIATION = W("mediation|arbitration|good offices|mediator|facilitation|international mediation")
INSPECT = W("inspector|observer|monitor|UN inspectors|nuclear inspectors|investigator|fact-finding mission|inspection")
PEACEKEEP = W("peacekeeper|peacekeeping force|peacekeeping mission|peacekeeping troops|UN peacekeepers|monitoring mission|international force|stabilisation force|stabilization force|peace-keeper|peace-keeping force|peace-keeping mission|peace-keeping troops|troops to peacekeeping force|troops to peace-keeping force|troops to international force")
AIDWORK = W("aid worker|aid agency|aid group|humanitarian worker|relief agency|NGO|charity|humanitarian organisation|humanitarian organization")
ENVOY = W("ambassador|envoy|diplomat|attache|consul|embassy staff|mission")
CURFEW = W("curfew|night curfew|lockdown")
EMERG = W("state of emergency|emergency rule|martial law|emergency law|emergency powers|military rule|emergency measures")
PROTEST = W("protest|demonstration|rally|march|sit-in|vigil")

SPECS = [
 # ---------------- 01 public statement --------------------------------
 ("010", W("say|state|declare|announce|tell|add|note|comment|remark|explain|report|write|speak|insist|stress|emphasise|emphasize|reiterate|assert|maintain|argue|claim|contend|point out|mention|describe|confirm|indicate|suggest|predict|brief|inform|believe|reason|characterize|characterise|dub|address|disclose|outline|clarify|affirm|cite|highlight|underline|underscore|articulate"), [""]),
 ("010", W("say|tell|state"), W("in a statement|reporter|journalist|parliament|television|radio|a news conference|a press conference|the press|state media")),
 ("010", W("issue|release|publish|make|deliver|give"), W("statement|a statement|declaration|communique|speech|address|remarks|comment|interview|briefing|press release")),
 ("011", W("decline|refuse"), W("to comment|comment|to confirm|to say|to elaborate|to discuss|to give details|to disclose|to reveal")),
 ("011", W("remain|stay|keep"), W("silent|quiet|tight-lipped")),
 ("012", W("warn|fear|worry|express|voice|raise"), W("concern|concerns|fear|fears|worry|worries|pessimism|alarm|doubt|doubts|unease|anxiety|dismay")),
 ("012", W("doubt|question|lament|bemoan|regret"), [""]),
 ("012", W("be"), W("pessimistic|concerned|worried|alarmed|skeptical|sceptical")),
 # the adjective as the predicate of a copula ("X is concerned (that ...)"; the coder takes it as a predicate)
 ("012", W("concerned|worried|alarmed|pessimistic"), [""]),
 ("013", W("express|voice|welcome|hail"), W("optimism|hope|hopes|confidence|satisfaction")),
 ("013", W("be"), W("optimistic|hopeful|confident")),
 ("013", W("hope|expect|anticipate"), W("for progress|for a breakthrough|for peace|for agreement|for a deal|for success|for improvement")),
 ("014", W("consider|weigh|mull|ponder|study|examine|review|explore|contemplate|evaluate|assess|discuss"), W("option|options|proposal|plan|measure|possibility|idea|policy|step|move|sanctions|withdrawal|response|change|changes|changing|reform|reforms|amendment|amending|referendum")),
 ("014", W("consider|weigh|mull|ponder|contemplate|reconsider"), [""]),
 ("015", W("admit|acknowledge|concede|accept|claim|take|assume"), W("responsibility|blame|mistake|error|wrongdoing|guilt|failure|role|liability|credit")),
 ("015", W("admit|confess"), W("to")),
 ("015", W("claim|take"), W("responsibility for|credit for")),
 ("015", W("claim"), ATTACK + W("kidnapping|abduction|shooting|ambush|assassination|hijacking|massacre")),
 ("016", W("deny|reject|disclaim|disavow|dismiss"), W("responsibility|involvement|role|blame|allegation|accusation|charge|claim|report|wrongdoing|link|complicity|guilt")),
 ("016", W("deny|disavow|refute"), [""]),
 ("017", W("lay|place"), W("wreath|flower|a wreath")),
 ("017", W("observe|hold|mark|commemorate|celebrate"), W("minute of silence|moment of silence|anniversary|ceremony|memorial|day of mourning|national holiday")),
 ("018", W("express|offer|send|extend|convey"), W("condolence|condolences|sympathy|sympathies|solidarity|regret|sorrow|grief|thoughts|prayers")),
 ("018", W("mourn|grieve|sympathise|sympathize|console|commiserate"), [""]),
 ("019", W("agree|concur"), W("with|that|on the need")),
 ("019", W("express|voice|reaffirm"), W("agreement|accord|consensus|common position|shared view|support for")),
 ("019", W("share"), W("view|concern|position|goal|vision")),

 # ---------------- 02 appeal ------------------------------------------
 ("020", W("appeal|urge|call|ask|request|plead|beg|implore|exhort|press|petition|invite|entreat|beseech|solicit|lobby|recommend|advise"), [""]),
 # bare "push" moves things ("pushed many Sunni Arabs into the arms of
 # the guerrillas", "the meeting was pushed together by the CIA"); it
 # appeals only for something or someone to act
 ("020", W("push"), W("for|+ to|+ not to|+ for|+ on")),
 ("020", W("call"), W("on|upon|on + to|for")),
 ("020", W("appeal"), W("to|for|to + to")),
 ("020", W("urge|ask|press|encourage|invite|appeal to"), W("+ to|+ not to")),
 ("021", W("urge|call for|ask for|seek|request|appeal for"), W("cooperation|material cooperation|joint project|joint venture|partnership")),
 ("0211", W("urge|call for|ask for|seek|request|appeal for|push for|press for"), W("economic cooperation|trade|trade deal|trade agreement|investment|free trade|economic ties|business ties|economic partnership")),
 ("0212", W("urge|call for|ask for|seek|request|appeal for|push for|press for"), W("military cooperation|defence cooperation|defense cooperation|security cooperation|military alliance|joint exercise|joint military exercises")),
 ("0213", W("urge|call for|ask for|seek|request|appeal for|push for|press for"), W("judicial cooperation|extradition|legal assistance|legal cooperation|police cooperation")),
 ("0214", W("urge|call for|ask for|seek|request|appeal for|push for|press for"), W("intelligence sharing|information sharing|intelligence cooperation|intelligence")),
 ("022", W("urge|call for|ask for|seek|request|appeal for|push for|press for"), W("diplomatic support|political support|recognition|endorsement|backing|solidarity|diplomatic backing")),
 ("023", W("seek|request|ask for|appeal for|call for|beg for|plead for|press for"), AID),
 ("0231", W("seek|request|ask for|appeal for|call for|beg for|plead for|press for"), ECON),
 ("0232", W("seek|request|ask for|appeal for|call for|beg for|plead for|press for"), MILAID),
 ("0233", W("seek|request|ask for|appeal for|call for|beg for|plead for|press for"), HUMAID),
 ("0234", W("seek|request|ask for|appeal for|call for|press for"), W("protection|peacekeeper|peacekeeping force|peacekeeping troops|security guarantee|security guarantees|no-fly zone|military protection")),
 ("024", W("urge|call for|press for|push for|appeal for|ask for"), W("political change|change|reform|reforms")),
 ("0241", W("urge|call for|press for|push for|appeal for|ask for"), W("resignation|leadership change|new leadership|new government|early election|snap election|to step down|to resign|change of government")),
 ("0242", W("urge|call for|press for|push for|appeal for|ask for"), W("policy change|change of policy|change in policy|review of policy|new policy|rethink")),
 ("0243", W("urge|call for|press for|push for|appeal for|ask for"), RIGHTS),
 ("0244", W("urge|call for|press for|push for|appeal for|ask for"), W("constitutional reform|constitutional change|institutional reform|judicial reform|electoral reform|new constitution|democracy")),
 ("025", W("urge|call on + to|ask + to|press + to|appeal to + to"), W("yield|back down|give in|compromise|make concessions|concession|show restraint|restraint")),
 ("0251", W("urge|call for|press for|ask for|appeal for"), W("lifting of curfew|end to curfew|lifting of restrictions|end to emergency rule|lifting of martial law|lifting of the state of emergency")),
 ("0252", W("urge|call for|ask for|appeal for"), W("end to protests|end to the protests|calm|an end to demonstrations")),
 ("0253", W("urge|call for|press for|ask for|appeal for|seek"), W("release|release of|freedom for|return of|handover of|repatriation of|swap of|exchange of prisoners")),
 ("0254", W("urge|call for|press for|ask for|appeal for|seek|push for"), W("lifting of sanctions|end to sanctions|easing of sanctions|sanctions relief|end to the embargo|lifting of the embargo|end to the blockade")),
 ("0255", W("urge|call for|press for|ask for|appeal for"), W("access for inspectors|international involvement|humanitarian access|access for aid|international monitors|observers")),
 ("0256", W("urge|call for|press for|ask for|appeal for|push for"), W("ceasefire|cease-fire|truce|end to fighting|end to the fighting|end to violence|de-escalation|restraint|withdrawal|pullout|halt to attacks|end to hostilities|pause in fighting|humanitarian pause")),
 ("026", W("urge|call for|press for|ask for|appeal for|push for|invite"), W("talks|negotiation|negotiations|dialogue|meeting|summit|peace talks|direct talks|resumption of talks|return to talks")),
 ("027", W("urge|call for|press for|ask for|appeal for|push for"), W("settlement|peaceful settlement|political solution|peaceful solution|diplomatic solution|negotiated settlement|resolution|peaceful resolution|end to the conflict|peace deal")),
 ("028", W("urge|call for|press for|ask for|appeal for|seek"), MEDIATION),

 # ---------------- 03 intent to cooperate ------------------------------
 ("030", W("pledge|promise|vow|offer|propose|intend|plan|hope|aim|seek|want|wish|commit|undertake|agree"), W("to cooperate|to work together|cooperation|to work with|to help|partnership|closer ties|to strengthen ties|to boost ties|to improve ties|to deepen ties|to expand cooperation")),
 ("030", W("pledge|promise|vow|offer|propose"), [""]),
 # 'agree to' anything is intent to cooperate (030's description); the
 # specs here and below refine it by what is agreed to
 ("030", W("agree|consent"), W("to|in principle")),
 ("030", W("agree"), W("that should cooperate|that should work together|that must cooperate")),
 ("030", W("reach|strike|hammer out"), W("agreement|consensus|understanding|compromise|common position|a deal")),
 ("031", W("agree|pledge|offer|promise|propose|vow|commit"), W("to cooperate on|to cooperate in|material cooperation|joint project|to build|to develop jointly")),
 ("0311", W("agree|pledge|offer|promise|propose|vow|commit|plan"), W("economic cooperation|to boost trade|to expand trade|to invest|investment|trade deal|to increase trade|free trade|economic ties|trade ties")),
 ("0312", W("agree|pledge|offer|promise|propose|vow|commit|plan"), W("military cooperation|defence cooperation|defense cooperation|security cooperation|joint exercise|joint exercises|joint patrols|military ties")),
 ("0313", W("agree|pledge|offer|promise|propose|vow|commit"), W("judicial cooperation|to extradite|extradition|legal cooperation|police cooperation")),
 ("0314", W("agree|pledge|offer|promise|propose|vow|commit"), W("to share intelligence|intelligence sharing|to share information|intelligence cooperation")),
 ("032", W("pledge|promise|offer|vow|express"), W("support|diplomatic support|political support|backing|solidarity|full support|continued support|unwavering support|backing for")),
 ("033", W("pledge|promise|offer|vow|commit|propose|earmark|announce"), AID),
 ("0331", W("pledge|promise|offer|vow|commit|earmark|announce"), ECON),
 ("0332", W("pledge|promise|offer|vow|commit|announce"), MILAID),
 ("0333", W("pledge|promise|offer|vow|commit|announce"), HUMAID),
 ("0334", W("pledge|promise|offer|vow|commit|announce"), PEACEKEEP),
 ("034", W("pledge|promise|vow|commit|agree"), W("reform|reforms|political reform|change")),
 ("0341", W("pledge|promise|vow|offer|agree"), W("to step down|to resign|to hand over power|to quit|resignation|to cede power|new elections|early elections")),
 ("0342", W("pledge|promise|vow|offer|agree"), W("to change policy|policy change|to review policy|to reconsider|to revise policy")),
 ("0343", W("pledge|promise|vow|offer|agree"), W("to respect rights|to protect rights|to guarantee rights|to allow freedom|to lift restrictions on the press|free elections|fair elections")),
 ("0344", W("pledge|promise|vow|offer|agree"), W("constitutional reform|to amend the constitution|institutional reform|judicial reform|electoral reform|new constitution")),
 ("035", W("offer|promise|pledge|agree|vow"), W("concession|concessions|to compromise|compromise|to yield|to back down")),
 ("0351", W("offer|promise|pledge|agree|vow"), W("to lift curfew|to lift the curfew|to end emergency rule|to lift martial law|to ease restrictions|to lift the state of emergency")),
 ("0353", W("offer|promise|pledge|agree|vow"), W("to release|to free|release|prisoner release|prisoner swap|prisoner exchange|to hand over|to return")),
 ("0354", W("offer|promise|pledge|agree|vow"), W("to lift sanctions|to ease sanctions|sanctions relief|to lift the embargo|to end the blockade|to ease the embargo")),
 ("0355", W("offer|promise|pledge|agree|vow"), W("to allow inspectors|to admit inspectors|access to inspectors|to allow observers|to allow monitors|humanitarian access|to allow aid")),
 ("0356", W("offer|promise|pledge|agree|vow|propose"), W("ceasefire|cease-fire|truce|to ceasefire|to cease-fire|to truce|to withdraw|withdrawal|to pull out|pullout|to halt attacks|to stop fighting|to end hostilities|to de-escalate|de-escalation|to reduce troops")),
 ("036", W("offer|agree|propose|plan|pledge|promise|seek|want|vow|invite|expect"), W("talks|to talk|to meet|meeting|to negotiate|negotiations|dialogue|summit|to hold talks|to resume talks|to visit|to host")),
 ("037", W("offer|agree|propose|pledge|promise|seek|vow"), W("to settle|settlement|to resolve|peace deal|peace plan|to end the conflict|to end the war|political solution|peaceful solution")),
 # accepting a formula to end a dispute is intent to settle it
 ("037", W("accept|endorse|embrace"), W("formula|peace formula|peace plan|peace proposal|settlement plan|compromise formula|compromise proposal|formula for a settlement|plan to end")),
 ("038", W("accept|agree|welcome"), W("mediation|to mediation|offer of mediation|mediator|arbitration")),
 ("039", W("offer|propose|volunteer|agree"), W("to mediate|mediation|good offices|to broker|to facilitate talks|to host talks")),

 # ---------------- 04 consult ------------------------------------------
 ("040", W("consult|confer|discuss|talk|meet|brief|debrief|contact|communicate|reconvene"), [""]),
 ("041", W("phone|telephone"), [""]),
 # "holding talks and discussions are treated as negotiations" (046, manual)
 ("040", W("hold"), W("consultation|consultations|meeting|summit|conversation")),
 ("040", W("discuss|talk about|review"), W("issue|situation|crisis|relations|ties|cooperation|matter|plan|proposal|conflict|bilateral relations")),
 ("041", W("phone|telephone|call|ring"), W("+|counterpart|leader|president|prime minister|minister")),
 ("041", W("hold|have|make"), W("phone call|telephone call|phone conversation|telephone conversation|phone talks|telephone talks|call|video call|video conference|videoconference")),
 ("041", W("speak|talk"), W("by phone|by telephone|on the phone|over the phone|on the telephone|by video link")),
 ("042", W("visit|tour|travel|arrive"), [""]),
 ("042", W("travel|fly|go|head|arrive|come"), W("to|in|at")),
 ("042", W("land"), W("in|at")),
 ("042", W("pay|make|begin|start|conclude|end|wrap up|undertake"), W("visit|state visit|official visit|trip|tour|working visit|surprise visit|two-day visit|three-day visit")),
 ("043", W("host|receive|welcome|greet|entertain|invite"), W("+|visitor|delegation|counterpart|president|prime minister|minister|leader|guest|envoy|summit")),
 # "receive" alone is no hosting ("received the largest vote"; CAMEO's own
 # verb dictionary has RECEIVE [---]): only with an actor or a visitor noun
 ("043", W("host|welcome|greet"), [""]),
 ("043", W("give|extend|accord|offer"), W("welcome|warm welcome|reception|warm reception|red carpet welcome|hero's welcome")),
 ("044", W("meet|gather|convene|hold"), W("in|at|on the sidelines|on the sidelines of|summit in|talks in|meeting in")),
 ("045", W("mediate|broker|facilitate|arbitrate|shuttle"), [""]),
 ("045", W("undertake|launch|begin|start|conduct|lead|pursue|step up|continue|resume"), W("mediation|mediation mission|mediation effort|mediation efforts|mediation bid|shuttle diplomacy|peace mission|peace shuttle")),
 ("045", W("mediate|broker|facilitate"), W("talks|negotiation|deal|truce|ceasefire|agreement|dialogue|between|peace talks|settlement")),
 ("046", W("negotiate|bargain|haggle"), [""]),
 ("046", W("renew|restart|reopen|re-open|revive|relaunch"), W("negotiation|negotiations|talks|peace talks|dialogue|bargaining")),
 # negotiators going back to the table negotiate (not 084, returning something)
 ("046", W("return|come back|go back"), W("to for talks|to for negotiations|for talks|for negotiations|to talks|to negotiations|to the negotiating table|to the table")),
 ("046", W("negotiate|hold|conduct|resume|open|begin|start|continue|launch|join"), W("negotiation|negotiations|talks|peace talks|round of talks|new round|direct talks|indirect talks|dialogue|bargaining|discussion|discussions")),

 # ---------------- 05 diplomatic cooperation ---------------------------
 ("050", W("cooperate|collaborate|coordinate|ally|partner|align|reconcile|normalise|normalize|improve|restore|strengthen|deepen|upgrade|resume|establish|boost|bolster|forge|cement|mend|repair|warm"), [""]),
 ("050", W("normalise|normalize|improve|restore|strengthen|deepen|upgrade|resume|establish|boost|bolster|forge|cement|mend|repair|warm"), TIES),
 ("051", W("praise|commend|applaud|laud|hail|endorse|welcome|salute|congratulate|thank|compliment|acclaim|extol|honour|honor|celebrate|appreciate|back|support|approve|favour|favor|embrace|admire"), [""]),
 ("051", W("praise|commend|hail|welcome|endorse|back|support|applaud"), W("decision|move|step|effort|efforts|role|plan|proposal|initiative|deal|agreement|election|outcome|result|leadership|contribution|policy|position")),
 ("051", W("promote|champion|advocate|campaign for|push for|lobby for"), W("campaign|plan|proposal|idea|initiative|policy|cause|reform|change|bill|law|referendum|candidacy|design")),
 ("051", W("express|voice|offer|reiterate|reaffirm"), W("support|gratitude|appreciation|thanks|admiration|congratulation|congratulations|praise|approval")),
 ("051", W("supportive"), W("of")),
 ("052", W("defend|justify|uphold|stand by|stand up for|speak up for|vouch for|side with|exonerate|absolve"), [""]),
 ("052", W("defend|justify|stand by"), W("decision|policy|action|actions|move|record|right|position|stance|conduct|ally")),
 # defending someone against words is verbal support, not protection (074)
 ("052", W("defend"), W("+ against criticism|+ against accusations|+ against charges|+ against allegations|+ against attacks by|against criticism|against accusations|against charges|against allegations")),
 ("053", W("rally|mobilise|mobilize|drum up|muster|garner|canvass|marshal|galvanise|galvanize"), W("support|backing|support for|international support|opinion|allies")),
 ("053", W("lobby|campaign"), W("for|on behalf of")),
 ("054", W("recognise|recognize|acknowledge|accredit"), W("+|independence|state|statehood|government|sovereignty|as a state|as the legitimate government|new government|election result")),
 ("054", W("grant|extend|offer"), W("recognition|diplomatic recognition|full recognition|accreditation")),
 ("055", W("apologise|apologize|repent|atone"), [""]),
 ("055", W("express|offer|issue|make"), W("apology|apologies|regret|remorse|contrition|formal apology")),
 ("055", W("say"), W("sorry")),
 ("056", W("forgive|absolve|excuse|exonerate"), [""]),
 ("056", W("grant|offer|announce|declare"), W("amnesty|pardon|clemency|general amnesty|reprieve")),
 ("057", W("sign|ink|seal|conclude|ratify|finalise|finalize|initial|formalise|formalize|clinch|strike"), W("agreement|deal|accord|treaty|pact|memorandum|memorandum of understanding|protocol|contract|convention|charter|declaration|ceasefire|truce|peace deal|peace accord|peace agreement|peace treaty|trade deal|trade agreement")),
 ("057", W("sign|ink|ratify|initial"), [""]),

 # ---------------- 06 material cooperation -----------------------------
 ("060", W("cooperate|work|collaborate|partner|team up|join forces"), W("on|in|with + on|together")),
 ("061", W("trade|invest|export|import|finance|fund|co-finance|merge|partner"), [""]),
 ("061", W("sign|launch|open|build|develop|expand|establish|boost|increase"), W("trade|trade ties|economic cooperation|joint venture|free trade zone|free trade area|economic zone|investment|pipeline|trade route|rail link|port project|economic corridor|bilateral trade")),
 ("062", W("hold|conduct|stage|launch|begin|start|carry out"), W("joint exercise|joint exercises|joint military exercise|joint military exercises|joint drills|joint drill|joint patrol|joint patrols|joint naval exercise|joint manoeuvres|joint maneuvers|war games with")),
 ("062", W("train|equip|arm"), W("+|troops|soldiers|forces|army|police|militia|rebels|fighters")),
 ("063", W("extradite|hand over|transfer"), W("suspect|fugitive|criminal|wanted man|accused|+")),
 ("063", W("extradite"), [""]),
 ("064", W("share|exchange|pass on|provide|hand over|supply"), W("intelligence|information|data|evidence|findings|intelligence information|satellite imagery|files|documents|records")),
 ("060", W("share|exchange|transfer|pool"), W("expertise|know-how|technical expertise|military expertise|military technology|nuclear technology|nuclear know-how")),

 # ---------------- 07 provide aid --------------------------------------
 ("070", W("give|provide|send|deliver|donate|supply|offer|grant|ship|airlift|airdrop|channel|disburse|allocate|release|extend|dispatch|transfer|hand over|hand out|distribute|contribute"), AID),
 # rescue is humanitarian aid (073) as in the CAMEO verb dictionaries;
 # rescuing a bank or an economy is economic aid (071)
 ("071", W("rescue|save"), W("bank|banks|economy|company|companies|currency|industry|lender|lenders|euro")),
 ("073", W("rescue|save|evacuate|airlift"), W("civilian|resident|people|villager|survivor|migrant|refugee|asylum seeker|passenger|family|child|children|tourist|hostage|sailor|fisherman|fishermen|miner|crew|victim|injured|wounded")),
 ("073", W("rescue|save"), W("life|lives")),
 ("073", W("rescue|save"), [""]),
 ("070", W("aid|assist|help|support|donate|fund|subsidise|subsidize|bail out|rescue|sponsor"), [""]),
 ("070", W("give|provide|send|grant|offer|extend|promise"), ["+ " + a for a in AID]),
 ("071", W("give|provide|send|deliver|donate|grant|disburse|allocate|release|extend|transfer|lend|loan|approve|announce"), ECON),
 ("071", W("lend|bail out|write off|finance|bankroll|underwrite"), W("debt|loan|money|+|economy|budget|bank|government")),
 ("071", W("forgive|cancel|waive"), W("debt|debts|loan|loans|debt repayment|arrears")),
 ("072", W("give|provide|send|deliver|supply|ship|sell|transfer|arm|airlift|dispatch|approve|announce"), MILAID),
 ("073", W("give|provide|send|deliver|donate|supply|ship|airlift|airdrop|distribute|truck|dispatch|fly in|bring|hand over|hand out|contribute"), HUMAID),
 ("074", W("send|deploy|dispatch|provide|contribute|station"), PEACEKEEP),
 ("074", W("protect|guard|escort|shield|safeguard|defend"), W("civilian|convoy|refugee|camp|population|aid convoy|ship|shipping|vessel|+")),
 ("075", W("grant|give|offer|provide|accept"), W("asylum|political asylum|refuge|sanctuary|safe haven|shelter|protection|residency|refugee status|humanitarian visa")),
 ("075", W("shelter|harbour|harbor|take in|resettle|host"), W("dissident|exile|defector")),
 # opening borders to people in flight is humanitarian aid, not asylum (075's usage note)
 # taking in refugees gives them shelter, humanitarian aid (CAMEO 073;
 # refusing it is 1223, the manual's example "will not accept any more
 # refugees")
 ("073", W("accept|admit|take in|shelter|harbour|harbor|host|receive|resettle|welcome"), W("refugee|refugees|asylum seeker|asylum seekers|migrant|migrants|displaced|displaced people|evacuee|evacuees")),
 ("073", W("give|offer|provide"), W("refuge|shelter|sanctuary")),
 ("073", W("open|reopen|re-open"), W("border to +|borders to +|border to refugees|borders to refugees|border for refugees|borders for refugees|doors to refugees|border crossing to refugees")),

 # ---------------- 08 yield -------------------------------------------
 ("080", W("yield|concede|relent|acquiesce|capitulate|cave|give in|back down|back off|submit|comply|accede|bow|compromise|give way|soften|cede"), [""]),
 ("080", W("bow|yield|cave|give in|accede|submit|comply"), W("to pressure|to demands|to demand|to + demands|to international pressure|to protesters")),
 ("080", W("pay|award|grant"), W("compensation|reparations|damages|indemnity|indemnities")),
 ("081", W("cancel|abolish|overturn|strike down|annul|repeal|quash"), W("restriction|restrictions|ban|controls|censorship|visa restrictions")),
 # letting people into a country eases its entry restrictions (081)
 ("081", W("allow|permit|let"), W("+ into|+ to enter|entry|+ entry|into")),
 ("081", W("acquit|decriminalise|decriminalize"), [""]),
 ("081", W("grant|issue|give"), W("visa|visas|entry visa|entry|parole|+ visa|+ visas|+ entry|+ parole")),
 ("081", W("lift|ease|relax|loosen|end|remove|scrap|revoke|rescind|suspend"), W("restriction|restrictions|ban|travel ban|visa restrictions|censorship|controls|administrative sanctions")),
 ("0811", W("lift|ease|relax|end|remove|scrap|revoke"), W("restrictions on the press|press restrictions|internet restrictions|internet blackout|internet shutdown|ban on protests|ban on rallies|ban on gatherings|media restrictions|social media ban")),
 ("0812", W("lift|end|revoke|overturn|rescind|scrap"), W("ban on party|ban on the party|ban on parties|party ban|ban on opposition|ban on the opposition")),
 ("0812", W("allow|permit|clear|let|approve"), W("+ to run|+ to stand|+ to contest|+ to participate in election|+ to take part in election|candidate to run|candidates to run|candidate to participate|candidates to participate|candidate to stand|party to participate|parties to participate|opposition to participate|opposition to take part|candidacy")),
 ("0813", W("lift|ease|relax|end|remove|shorten|scrap"), CURFEW),
 ("0814", W("lift|end|revoke|scrap|suspend|ease|relax"), EMERG),
 ("082", W("tolerate|allow|permit|authorise|authorize|legalise|legalize"), W("protest|protests|demonstration|demonstrations|rally|rallies|march|opposition|strike|gathering")),
 ("082", W("call off|cancel|suspend|postpone|end|halt|abandon|defer|put off|delay"), W("strike|general strike|hunger strike|protest|protests|demonstration|demonstrations|rally|rallies|march|boycott|sit-in|walkout|blockade of")),
 ("083", W("accept|agree to|meet|grant|concede|accede to"), W("demand|demands|reform|reforms|request|call for reform")),
 ("0831", W("resign|step down|quit|abdicate|stand down|step aside|relinquish power|hand over power"), [""]),
 ("0831", W("hand over|cede|relinquish|transfer|surrender|give up"), W("power|office|presidency|leadership|control|post")),
 ("0832", W("change|reverse|abandon|drop|scrap|withdraw|shelve|rescind|revoke|overturn|suspend"), W("policy|plan|decision|law|bill|decree|measure|proposal|rule|reform|tax|tariff")),
 ("0833", W("grant|restore|guarantee|extend|recognise|recognize|legalise|legalize|enhance|expand|broaden"), RIGHTS),
 ("0834", W("amend|change|rewrite|reform|overhaul|dissolve|restructure"), W("constitution|institution|institutions|parliament|electoral law|election law|judiciary|security forces")),
 ("084", W("return|release|hand back|give back|restore"), [""]),
 # freeing persons is 0841; formal pardons and amnesties too (056's usage note)
 ("0841", W("free|pardon|amnesty|reprieve"), [""]),
 ("0841", W("release|free|set free|hand over|pardon|exchange|swap|repatriate|discharge|let go|return"), PRISONER),
 ("0842", W("return|hand back|give back|restore|hand over|relinquish|vacate|cede"), PROPERTY),
 ("085", W("lift|ease|relax|end|remove|suspend|scrap|waive|unfreeze|loosen|roll back"), SANCT),
 ("086", W("allow|admit|accept|permit|invite|let in|grant access to"), W("international involvement|foreign involvement|international force|international help")),
 ("0861", W("allow|admit|accept|permit|welcome|invite|host"), PEACEKEEP),
 ("0862", W("allow|admit|accept|permit|welcome|invite|grant access to"), INSPECT),
 ("0862", W("receive|host"), W("inspector|inspectors|observer|observers|monitor|monitors|mission of observers|mission of inspectors|inspection team|fact-finding mission")),
 ("0863", W("allow|permit|grant|open|facilitate|ensure"), W("humanitarian access|access for aid|aid access|humanitarian corridor|humanitarian corridors|aid convoy|aid convoys|relief convoy|access to aid")),
 ("087", W("de-escalate|demilitarise|demilitarize|disengage|stand down"), [""]),
 ("0871", W("declare|announce|agree|accept|observe|respect|honour|honor|extend|restore|implement"), TRUCE),
 ("0872", W("lift|ease|end|relax|loosen|partially lift"), W("blockade|siege|naval blockade|military blockade|encirclement|closure")),
 ("0873", W("demobilise|demobilize|disarm|disband|decommission|stand down|cut|reduce|scale back|scale down"), FORCE + W("weapons|militia|militias|fighters|arsenal|nuclear arsenal")),
 ("0873", W("demobilise|demobilize"), [""]),
 # a retreat is military: 0874 (the bare spec below; was 080 by the first spec)
 ("0874", W("withdraw|pull out|pull back|retreat|surrender|evacuate|leave|abandon|capitulate|lay down"), W("from|troops|forces|soldiers|arms|weapons|position|positions|stronghold|base|town|city|territory|region")),
 ("0874", W("withdraw|pull out|pull back|retreat|surrender|capitulate"), [""]),
 ("0874", W("evacuate|dismantle|withdraw from|pull out of|abandon|vacate"), W("settlement|settlements|outpost|outposts|base|bases|garrison")),
 ("0874", W("complete|finish|speed up|accelerate|begin|start|carry out|conduct|order"), W("withdrawal|pullout|pull-out|pullback|pull-back|troop withdrawal|withdrawal of troops|withdrawal of forces|redeployment")),

 # ---------------- 09 investigate -------------------------------------
 # questioning someone is investigating them (090), not an arrest (173)
 ("090", W("investigate|probe|examine|inspect|scrutinise|scrutinize|audit|study|look into|inquire|review|check|verify|interrogate"), [""]),
 ("090", W("launch|open|begin|start|order|announce|set up|establish|conduct|carry out|call for"), W("investigation|inquiry|probe|review|audit|inspection|fact-finding mission|commission of inquiry")),
 ("090", W("complete|conclude|finish|wrap up|pursue|continue|widen|expand"), W("investigation|inquiry|probe|inspection|fact-finding mission")),
 ("090", W("send|dispatch|deploy"), W("inspectors|investigators|inspection team|investigation team|fact-finding mission|fact-finding team|team of investigators|team of inspectors")),
 ("090", W("open|hold|begin|start|convene"), W("hearing|hearings|public hearing|inquest")),
 ("091", W("put|place"), W("under investigation|under criminal investigation|under inquiry")),
 ("091", W("investigate|probe|look into|examine"), CRIME),
 ("091", W("launch|open|begin|start|order|conduct"), W("corruption probe|corruption investigation|criminal investigation|fraud investigation|police investigation|criminal inquiry|money laundering probe|murder investigation")),
 ("092", W("investigate|probe|look into|examine|document|monitor"), HRABUSE),
 ("093", W("investigate|probe|look into|examine"), W("airstrike|air strike|attack|bombing|shooting|military action|killing|civilian deaths|civilian casualties|incident|strike|raid|shelling")),
 ("094", W("investigate|probe|look into|examine|document"), WARCRIME),
 ("094", W("launch|open|begin|start|order|conduct"), W("war crimes investigation|war crimes probe|genocide investigation|investigation into war crimes")),

 # ---------------- 10 demand ------------------------------------------
 ("100", W("demand|insist|order|command|direct|instruct|summon"), [""]),
 # "require" is mostly need or a rule ("what they require", "the law
 # requires"); an actor required to act is demanded of
 ("100", W("require"), W("+ to")),
 # restating or pressing a demand is a demand
 ("100", W("reiterate|repeat|renew|restate|insist on|stick to|press|step up|stand by"), W("demand|demands|ultimatum")),
 ("100", W("demand|insist on|insist upon|call for|press for"), W("explanation|answer|answers|clarification|action|apology|compensation|justice|accountability|guarantees|assurances")),
 ("101", W("demand"), W("cooperation|material cooperation|joint action")),
 ("1011", W("demand"), W("economic cooperation|trade|market access|investment|payment|repayment")),
 ("1012", W("demand"), W("military cooperation|military support|military help|defence cooperation|defense cooperation")),
 ("1013", W("demand"), W("extradition|handover|judicial cooperation|legal assistance|extradition of")),
 ("1014", W("demand"), W("intelligence|information|data|evidence")),
 ("102", W("demand"), W("diplomatic support|political support|recognition|backing|solidarity|support")),
 ("103", W("demand"), AID),
 ("1031", W("demand"), ECON),
 ("1032", W("demand"), MILAID),
 ("1033", W("demand"), HUMAID),
 # asking for refuge is, in the codebook, a demand for humanitarian aid
 ("1033", W("seek|request|ask for|apply for|claim|beg for"), W("refuge|asylum|political asylum|shelter|sanctuary|safe haven")),
 ("1034", W("demand"), W("protection|peacekeeper|peacekeeping force|security guarantee|security guarantees|no-fly zone")),
 ("104", W("demand"), W("reform|reforms|political reform|change|political change")),
 ("1041", W("demand"), W("resignation|ouster|removal|leadership change|new leadership|new government|early election|snap election|impeachment|to resign|to step down|that + resign|that + step down")),
 ("1042", W("demand"), W("policy change|change of policy|change in policy|reversal|review|repeal|withdrawal of the bill|scrapping")),
 ("1043", W("demand"), RIGHTS),
 ("1044", W("demand"), W("constitutional reform|constitutional change|institutional reform|judicial reform|electoral reform|new constitution|democracy")),
 ("105", W("demand"), W("concession|concessions|compromise|restraint")),
 ("1051", W("demand"), W("lifting of curfew|end to curfew|lifting of restrictions|end to emergency rule|lifting of martial law")),
 ("1052", W("demand"), W("end to protests|end to the protests|end to demonstrations|end to strikes|end to the strike")),
 ("1052", W("pressure|pressurise|pressurize|press|push|force|order"), W("+ to cancel strike|+ to call off strike|+ to end strike|+ to end protests|+ to stop protests|+ to call off protest|+ to end their strike|+ to abandon strike|+ to go back to work|+ to return to work")),
 ("1053", W("demand"), W("release|release of|freedom for|return of|handover of|repatriation")),
 ("1054", W("demand"), W("lifting of sanctions|end to sanctions|easing of sanctions|sanctions relief|end to the embargo|lifting of the embargo|end to the blockade")),
 ("1055", W("demand"), W("access for inspectors|humanitarian access|access for aid|international monitors|international involvement")),
 ("1056", W("demand"), W("ceasefire|cease-fire|truce|end to fighting|end to the fighting|end to violence|withdrawal|pullout|halt to attacks|end to hostilities|end to airstrikes|end to the occupation")),
 ("106", W("demand"), W("talks|negotiation|negotiations|dialogue|meeting|summit|direct talks")),
 ("107", W("demand"), W("settlement|political solution|resolution|peace deal|end to the conflict|end to the war")),
 ("108", W("demand"), MEDIATION),

 # ---------------- 11 disapprove --------------------------------------
 ("110", W("disapprove|object|oppose|disagree|dispute|challenge|frown|resent|dislike|regret|contest|quarrel|contradict|dissent"), [""]),
 ("110", W("express|voice|register|lodge|raise"), W("disapproval|opposition|objection|objections|disagreement|displeasure|dissatisfaction|discontent|unhappiness|reservation|reservations|disappointment|anger|outrage|frustration|indignation")),
 ("110", W("object|react angrily"), W("to")),
 # sharp criticism is 111, not the residual 110 (slam and rebuke: the spec below)
 ("111", W("fault|hit out|lash out|chide|admonish|scoff"), [""]),
 ("111", W("criticise|criticize|condemn|denounce|decry|deplore|censure|blast|slam|castigate|lambaste|chastise|scold|berate|excoriate|vilify|ridicule|mock|deride|disparage|belittle|scorn|lash|rebuke|reproach|upbraid|slate|pillory|savage|damn|malign|insult|brand|label|assail|denigrate|reprimand|jeer|slander"), [""]),
 ("111", W("pour|heap"), W("scorn on|scorn upon|cold water on|criticism on|praise? no")),
 ("111", W("pour"), W("scorn|cold water")),
 ("111", W("issue|voice|express|level|direct"), W("criticism|condemnation|strong condemnation|rebuke|reprimand|censure|harsh criticism|sharp criticism")),
 ("111", W("call"), W("+ a terrorist|+ a liar|+ a criminal|+ a threat|+ a disgrace|+ unacceptable|+ illegal")),
 ("111", W("speak|come|rail"), W("out against|against")),
 ("112", W("accuse|blame|allege|charge|implicate|incriminate|impugn|point the finger|hold responsible|hold accountable"), [""]),
 ("112", W("accuse|blame|charge"), W("+ of|+ for|+ over")),
 ("112", W("hold"), W("+ responsible|+ accountable|responsible|accountable")),
 ("112", W("level|make|bring|file|lodge|trade"), W("accusation|accusations|allegation|allegations|charge|charges|claim|claims")),
 ("112", W("trade|exchange"), W("blame|barb|insult|recrimination|accusation")),
 ("1121", W("accuse|charge|blame|indict|allege"), W("+ of corruption|+ of fraud|+ of bribery|+ of embezzlement|+ of crime|corruption|fraud|bribery|embezzlement|money laundering|tax evasion")),
 ("1122", W("accuse|charge|blame|allege"), W("+ of human rights abuses|+ of abuses|+ of torture|+ of repression|human rights abuses|human rights violations|abuses|torture|persecution|discrimination|mistreatment")),
 ("1123", W("accuse|charge|blame|allege"), W("+ of aggression|+ of attacking|+ of attack|+ of invading|+ of provocation|+ for the attack|+ for attack|aggression|provocation|incursion|invasion|violation of airspace|ceasefire violation|ceasefire violations|attack|bombing")),
 ("1124", W("accuse|charge|blame|allege"), W("+ of war crimes|+ of genocide|+ of crimes against humanity|+ of massacre|+ of ethnic cleansing|war crimes|genocide|crimes against humanity|massacre|ethnic cleansing")),
 ("1125", W("accuse|charge|blame|allege"), W("+ of espionage|+ of spying|+ of treason|+ of sabotage|+ of interference|+ of meddling|+ of hacking|espionage|spying|treason|sabotage|meddling|interference|hacking|cyberattack")),
 ("113", W("rally|mobilise|mobilize|campaign|agitate|organise|organize|unite"), W("against|opposition|opposition to|support against|people against|allies against|coalition against")),
 ("113", W("call for"), W("boycott of|boycott|sanctions against|action against|isolation of")),
 # calling on others to unite against someone rallies opposition
 ("113", W("call on|call upon|urge|appeal to"), W("+ to unite against|+ to mobilize against|+ to mobilise against|+ to rally against|+ to stand together against|to unite against|to mobilize against|to mobilise against|to rally against")),
 ("114", W("complain|grumble|gripe|moan"), [""]),
 ("114", W("lodge|file|submit|register|make|send|deliver|hand|issue"), W("complaint|formal complaint|protest|formal protest|protest note|diplomatic protest|note of protest|demarche|grievance|official complaint|objection")),
 ("114", W("summon"), W("ambassador|envoy|charge d'affaires|diplomat|+ ambassador|+ envoy")),
 # charges are lawsuits (173's usage note: "charges or lawsuits are
 # coded as 115"); a bare "charge" is mostly "charged that ..." (112)
 ("115", W("sue|litigate|prosecute|indict"), [""]),
 ("115", W("charge"), W("+ with|with murder|with treason|with terrorism|with corruption|with fraud|with espionage")),
 ("115", W("file|bring|launch|lodge|initiate|take"), W("lawsuit|suit|legal action|legal case|case|complaint|petition|appeal|court case|legal challenge|arbitration case|+ to court")),
 ("115", W("take"), W("+ to court|to court|legal action")),
 ("116", W("convict|sentence|condemn|fine|penalise|penalize"), [""]),
 ("116", W("find"), W("guilty|+ guilty|liable|+ liable|culpable|+ responsible")),
 ("116", W("rule|declare|pronounce"), W("guilty|against|illegal|unlawful|unconstitutional|in breach")),

 # ---------------- 12 reject ------------------------------------------
 ("120", W("reject|refuse|rebuff|spurn|dismiss|repudiate|decline|turn down|snub|disregard|ignore|oppose|resist|balk|baulk|deny|disavow|shun|scorn"), [""]),
 ("120", W("deny|refuse|reject|turn down|withhold"), W("visa|visas|entry visa|entry|permission|permit|access|application|passport")),
 ("120", W("deny|refuse|withhold"), W("allocation|approval|licence|license|registration|request|bail|clearance|landing rights|overflight rights|admittance")),
 ("120", W("renege|backtrack|back out"), W("on|of|on commitment|on promise|on pledge|on agreement|on deal|of deal|of agreement")),
 ("120", W("reject|dismiss|rebuff|refuse|turn down|deny"), W("claim|claims|accusation|accusations|allegation|allegations|charge|charges|criticism|report|reports|statement|demand|demands|call|calls|request|offer|proposal|plan|idea|suggestion|appeal|ultimatum|warning|invitation|overture|initiative|bid|resolution")),
 ("121", W("reject|refuse|rebuff|turn down|decline"), W("cooperation|material cooperation|joint project|partnership|to cooperate")),
 ("1211", W("reject|refuse|rebuff|turn down|decline|block"), W("economic cooperation|trade deal|trade agreement|investment|free trade|trade talks|merger|takeover")),
 ("1212", W("reject|refuse|rebuff|turn down|decline|block"), W("military cooperation|defence cooperation|defense cooperation|military alliance|joint exercise|military pact|security pact")),
 ("122", W("reject|refuse|rebuff|turn down|deny|decline|block"), AID),
 ("1221", W("reject|refuse|turn down|deny|decline|block"), ECON),
 ("1222", W("reject|refuse|turn down|deny|decline|block"), MILAID),
 ("1223", W("reject|refuse|turn down|deny|decline|block"), HUMAID),
 # turning away boats of migrants refuses them refuge (1223); turning someone away, a refusal
 ("1223", W("turn away|turn back|push back|turn around"), W("boat|boats|migrant|migrants|refugee|refugees|asylum seeker|asylum seekers|boat people")),
 ("120", W("turn away"), [""]),
 ("1224", W("reject|refuse|turn down|deny|decline|block"), PEACEKEEP),
 ("123", W("reject|refuse|rebuff|dismiss|resist|oppose|block"), W("reform|reforms|political reform|change|political change")),
 ("1231", W("reject|refuse|rebuff|dismiss|resist"), W("calls to resign|call to resign|calls to step down|demand to resign|resignation|leadership change|early election|snap election|to resign|to step down|to quit")),
 ("1232", W("reject|refuse|rebuff|dismiss|resist"), W("policy change|change of policy|change in policy|to change policy|to reverse|to back down|to reconsider")),
 ("1233", W("reject|refuse|rebuff|dismiss|resist|deny"), RIGHTS),
 ("1234", W("reject|refuse|rebuff|dismiss|resist|oppose|block"), W("constitutional reform|constitutional change|institutional reform|judicial reform|electoral reform|new constitution|constitutional amendment")),
 ("124", W("refuse|reject|resist"), W("to yield|to back down|to give in|to compromise|concession|concessions|compromise|to bow")),
 ("1241", W("refuse|reject"), W("to lift curfew|to lift the curfew|to end emergency rule|to lift martial law|to ease restrictions|to lift restrictions")),
 ("1242", W("refuse|reject"), W("to allow protests|to tolerate protests|to allow demonstrations|to allow rallies")),
 ("1243", W("refuse|reject"), W("to release|to free|to hand over|to return|release|to extradite|extradition|prisoner swap|prisoner exchange")),
 ("1244", W("refuse|reject"), W("to lift sanctions|to ease sanctions|sanctions relief|to lift the embargo|to end the blockade")),
 ("1245", W("refuse|reject|deny|block|bar|obstruct"), W("to allow inspectors|inspectors|inspector|access to inspectors|observers|monitors|humanitarian access|access for aid|international involvement|peacekeepers|UN mission")),
 ("1246", W("refuse|reject|rule out|dismiss"), W("ceasefire|cease-fire|truce|to withdraw|withdrawal|to pull out|pullout|to halt attacks|to stop fighting|to end hostilities|to disarm|disarmament|to lay down arms")),
 ("125", W("reject|refuse|rebuff|turn down|decline|rule out|dismiss|boycott|snub"), W("talks|negotiation|negotiations|dialogue|meeting|summit|invitation|to negotiate|to meet|to talk|offer of talks|direct talks|peace talks")),
 ("126", W("reject|refuse|rebuff|turn down|decline|rule out|dismiss|oppose"), MEDIATION),
 ("127", W("reject|refuse|rebuff|turn down|decline|rule out|dismiss|repudiate|renounce|tear up|scrap|abandon"), W("peace plan|peace deal|peace agreement|peace accord|peace proposal|settlement|agreement|deal|accord|treaty|plan|proposal|road map|roadmap|framework|compromise")),
 # a bare "ignore" is a rejection (120: "ignored calls to resign"); the
 # laws and orders ignored are below
 ("128", W("defy|flout|violate|breach|disobey|contravene|circumvent|evade|break|infringe|transgress"), [""]),
 ("128", W("defy|flout|violate|breach|ignore|break"), W("law|ban|order|court order|ruling|sanction|resolution|UN resolution|international law|norm|rules|embargo|curfew|warning|ultimatum|call|appeal")),
 ("129", W("veto|block|overrule|override|strike down"), [""]),
 ("129", W("use|cast|exercise|wield|threaten to use"), W("veto|its veto|veto power|veto right")),
 ("129", W("veto|block"), W("resolution|draft resolution|bill|law|measure|proposal|motion|legislation|appointment|nomination|membership")),
 # "kill" rejects only a bill, plan or deal; alone it is violence (19)
 ("129", W("kill"), W("bill|draft law|proposal|motion|legislation|amendment|plan|deal|initiative|reform")),

 # ---------------- 13 threaten ----------------------------------------
 ("130", W("threaten|warn|menace|intimidate|bully|blackmail|browbeat|coerce|pressure|pressurise|pressurize|scare|frighten|terrorise|terrorize|caution"), [""]),
 ("130", W("warn"), W("of consequences|of serious consequences|of retaliation|of reprisals|of a response|of a strong response|+ against|+ not to|against|that +")),
 ("130", W("issue|make|send|deliver|level"), W("threat|threats|warning|warnings|stern warning|veiled threat|thinly veiled threat")),
 ("131", W("threaten"), W("non-military action|action|measures|countermeasures|retaliation|reprisals|to retaliate")),
 ("1311", W("threaten"), W("to cut aid|to stop aid|to suspend aid|to withhold aid|to halt aid|to reduce aid|aid cut|aid cuts|to cut funding|to freeze aid")),
 ("1312", W("threaten"), W("sanction|sanctions|embargo|boycott|to impose sanctions|new sanctions|tougher sanctions|tariff|tariffs|trade war|to boycott")),
 ("1313", W("threaten"), W("to cut ties|to sever ties|to break off relations|to expel|to recall ambassador|to downgrade relations|to close embassy|to suspend relations")),
 ("132", W("threaten"), W("to ban|to restrict|to impose restrictions|restrictions|administrative measures")),
 ("1321", W("threaten"), W("to restrict freedoms|to restrict the press|to shut down the internet|to censor|to curb the media|to close newspapers")),
 ("1322", W("threaten"), W("to ban the party|to ban parties|to ban the opposition|to outlaw|party ban|to disqualify")),
 ("1323", W("threaten"), W("curfew|to impose a curfew|to impose curfew|lockdown")),
 ("1324", W("threaten"), W("state of emergency|martial law|to declare a state of emergency|to impose martial law|emergency rule")),
 ("133", W("threaten"), W("protest|protests|to protest|demonstration|demonstrations|to strike|strike|general strike|to take to the streets|unrest|boycott|mass protests|civil disobedience")),
 ("134", W("threaten"), W("to quit talks|to walk out|to abandon talks|to halt talks|to suspend talks|to pull out of talks|to end negotiations|to break off talks|to boycott talks")),
 ("135", W("threaten"), W("to end mediation|to halt mediation|to withdraw from mediation|to quit mediation|to suspend mediation")),
 ("136", W("threaten"), W("to expel inspectors|to expel peacekeepers|to expel monitors|to end the mission|to expel aid workers|to expel observers")),
 ("137", W("threaten"), W("crackdown|repression|to crack down|arrest|arrests|to arrest|to jail|to imprison|to execute|execution|to punish|punishment|force against protesters")),
 ("138", W("threaten"), W("force|military force|war|military action|to use force|military response|to attack|attack|strike|to strike|invasion|to invade|retaliation|military retaliation|to retaliate|military strike")),
 # vowing to fight on is a threat of force
 ("138", W("vow|swear|pledge|promise"), W("to fight|to fight on|to keep fighting|to continue fighting|to retaliate|to attack|to take revenge|to avenge|revenge|retaliation|war|to wage war|to crush")),
 ("1381", W("threaten"), W("blockade|to blockade|naval blockade|to close the strait|to close the border|siege")),
 ("1382", W("threaten"), W("occupation|to occupy|to seize territory|to annex|annexation|to take over")),
 ("1383", W("threaten"), W("bombing|bombings|suicide attacks|terror attacks|violence|to kill|to behead|to kidnap|assassination")),
 ("1384", W("threaten"), W("airstrike|airstrikes|air strikes|offensive|ground offensive|ground invasion|military operation|shelling|missile strike|to bomb|to shell|bombardment")),
 ("1385", W("threaten"), W("nuclear weapons|nuclear attack|nuclear strike|to use nuclear weapons|nuclear war|chemical weapons|to use chemical weapons|biological weapons|weapons of mass destruction|nuclear retaliation")),
 # 139: give an ultimatum
 ("139", W("ultimatum"), [""]),
 ("139", W("give|issue|deliver|set|present|impose"), W("ultimatum|deadline|final warning|last warning|final ultimatum")),

 # ---------------- 14 protest ------------------------------------------
 # 140 is CAMEO's residual, "not coded except when distinctions among
 # codes 141-145 cannot be made": a bare "protest" (words or the street);
 # demonstrating, rallying, marching and picketing are 141, a boycott
 # 143, a barricade 144, a riot 145 (its spec below).
 ("141", W("demonstrate|rally|march|picket"), [""]),
 ("140", W("protest"), [""]),
 ("143", W("boycott"), [""]),
 ("144", W("barricade"), [""]),
 ("141", W("hold|stage|organise|organize|lead|join|call|launch|mount"), PROTEST),
 ("140", W("collect|gather|launch|start|begin|organise|organize|circulate|submit|deliver"), W("signatures|petition|signature campaign|petition drive")),
 ("141", W("demonstrate|rally|march|gather|assemble|parade|take to the streets|pour into the streets|converge"), W("in|against|outside|near|at|for|through|in front of|in support of|in protest")),
 ("1411", W("demonstrate|rally|march|protest"), W("for leadership change|for the resignation|against the government|against the president|demanding the resignation|calling for the resignation|for the ouster|for regime change")),
 ("1412", W("demonstrate|rally|march|protest"), W("against the policy|against the law|against the bill|against the decision|against price rises|against the tax|against austerity|against the reform")),
 ("1413", W("demonstrate|rally|march|protest"), W("for rights|for freedom|for human rights|for women's rights|for democracy|for press freedom|for free speech|for civil rights")),
 ("1414", W("demonstrate|rally|march|protest"), W("for constitutional change|against constitutional change|against the constitution|for a new constitution|against the election|against election fraud|for reform")),
 ("142", W("go|stage|launch|begin|start|continue|join|be"), W("on hunger strike|hunger strike|on a hunger strike|a hunger strike")),
 ("142", W("fast|starve"), W("in protest|for")),
 ("143", W("strike|boycott|walk out|down tools|stay away|stop work"), W("over|for|against|in protest|in support")),
 ("143", W("call|stage|hold|launch|begin|join|organise|organize|announce|lead|mount"), W("strike|general strike|national strike|nationwide strike|walkout|work stoppage|boycott|stayaway|shutdown|sit-down strike|election boycott")),
 ("143", W("boycott"), W("election|elections|vote|poll|talks|parliament|session|summit|products|goods|games|olympics|ceremony|meeting")),
 ("144", W("block|obstruct|barricade|blockade|occupy|besiege|picket|seal off|shut down|paralyse|paralyze|disrupt"), W("road|roads|highway|bridge|border crossing|crossing|port|airport|railway|rail line|street|streets|entrance|traffic|transport|access|building|parliament|ministry|office|square|oil field|pipeline|mine")),
 ("145", W("riot|rampage|loot|torch|vandalise|vandalize|burn|storm|ransack|clash"), [""]),
 ("145", W("throw|hurl|pelt"), W("stone|stones|rock|rocks|petrol bomb|petrol bombs|molotov cocktail|molotov cocktails|firebomb|firebombs|bottles")),
 ("145", W("set"), W("fire to|ablaze|alight|on fire")),
 ("145", W("storm|attack|besiege|ransack|torch|burn"), W("embassy|consulate|parliament|police station|government building|office|headquarters|building|compound|palace|court|ministry")),

 # ---------------- 15 force posture ------------------------------------
 ("150", W("mass|build up|amass|concentrate|deploy|station|reinforce|muster|position|move|send"), FORCE),
 ("150", W("flex|show|display|demonstrate|parade"), W("muscle|military muscle|force|strength|military might|military strength|power|firepower")),
 ("150", W("patrol|overfly"), [""]),
 # exercises not said to be joint are a show of force (joint ones: 062)
 ("150", W("hold|stage|launch|conduct|begin|start|carry out"), W("war games|military exercises|military exercise|military drills|military manoeuvres|military maneuvers|naval exercises|naval drills|live-fire exercises|live-fire drills")),
 # readying an attack is posturing, not yet force (the code's usage note)
 ("150", W("prepare|get ready|gear up|poise|brace"), W("to attack|to strike|to shell|to bomb|to invade|to fight|to resume fighting|to resume attacks|for war|for an attack|for an offensive|for an invasion|for battle|for military action|to launch an offensive|to retaliate")),
 ("150", W("test|test-fire|launch|fire"), W("missile|ballistic missile|rocket|nuclear device|hypersonic missile|cruise missile|ICBM|intercontinental ballistic missile|satellite")),
 ("151", W("raise|increase|heighten|step up|tighten|boost|beef up"), W("police alert|security alert|alert level|alert|security|security measures|police presence|police patrols|checkpoints|vigilance")),
 ("151", W("put|place"), W("police on alert|police on high alert|security forces on alert")),
 ("152", W("put|place"), W("troops on alert|army on alert|military on alert|forces on alert|forces on high alert|military on high alert|on high alert|on combat alert|nuclear forces on alert|on full alert|military in state of war|in state of war|military in quasi-state of war|in quasi-state of war|troops in state of war|army in state of war|military on war footing|on war footing|in wartime state|on combat footing")),
 ("152", W("raise|increase|heighten"), W("military alert|combat readiness|defcon|readiness|alert status|threat level")),
 # scrambling aircraft readies them against a threat: a raised alert
 ("152", W("scramble"), W("jet|jets|fighter jet|fighter jets|fighter|fighters|warplane|warplanes|aircraft|interceptor|interceptors|planes|helicopter|helicopters")),
 # forces entering a state of war or alert (the North Korean order of
 # 2015: units "should enter a wartime state")
 ("152", W("enter|declare|go into|move to"), W("wartime state|state of war|war footing|state of alert|combat readiness|state of combat readiness|quasi-state of war|semi-war state")),
 # forces kept or going on alert (the code's own usage: orders to go on alert)
 ("152", W("remain|stay|be|go|keep|stand"), W("on alert|on high alert|on full alert|on maximum alert|on combat alert|on red alert|on standby|on war footing|in a state of readiness|on combat readiness")),
 ("151", W("order|launch|mount|intensify|step up|increase|stage|begin|start|conduct|deploy|boost"), W("patrol|patrols|police patrols|security patrols|armed patrols|street patrols|night patrols")),
 ("153", W("deploy|mobilise|mobilize|send|dispatch|bring in|call in|draft"), W("police|riot police|police officers|policemen|security forces|gendarmes|gendarmerie|national guard|paramilitary police|special police")),
 ("154", W("mobilise|mobilize|deploy|send|dispatch|mass|call up|draft|conscript|reinforce|rush"), W("troops|soldiers|forces|army|reservists|reserves|tanks|warships|fighter jets|armour|armor|military|navy|aircraft carrier|battalions|brigades|divisions")),
 ("154", W("mobilise|mobilize"), [""]),
 # more troops or weapons in place: strengthening one's own forces
 ("154", W("strengthen|bolster|reinforce|increase|expand|augment|double|triple|build up|beef up|boost|step up|swell"), W("forces|troops|military presence|troop presence|garrison|armed forces|army|navy|air force|military deployment|troop numbers|troop levels|troop strength|soldiers|arsenal")),
 ("154", W("call up|recruit|enlist|conscript|train"), W("reservists|reserves|recruits|conscripts|volunteers|fighters")),
 ("155", W("mobilise|mobilize|deploy|boost|expand|build up|train|recruit|assemble|form|create|set up|establish"), W("cyber forces|cyber force|cyber army|cyber units|hackers|computer hackers|cyber warriors|cyber capabilities|cyber command")),

 # ---------------- 16 reduce relations ---------------------------------
 # 174's usage note: expelling diplomats is 161
 ("161", W("declare persona non grata"), [""]),
 ("161", W("cut|sever|break|break off|end|suspend|freeze|downgrade|rupture|terminate"), TIES),
 # diplomats withdrawn or expelled are 161 (166's and 174's usage notes)
 ("161", W("recall|withdraw|pull|pull out|expel|kick out|oust|order out|throw out"), W("ambassador|envoy|diplomat|diplomats|diplomatic staff|embassy staff|its ambassador|top diplomat|consul|attache|military attache")),
 ("161", W("withdraw|pull out|recall"), [x + " from" for x in W("diplomat|diplomats|ambassador|envoy|embassy staff")]),
 ("161", W("close|shut|shut down"), W("embassy|consulate|mission|diplomatic mission|representative office|trade office")),
 ("161", W("cancel|call off|postpone|scrap|put off|shelve|cut short"), W("visit|planned visit|state visit|official visit|trip|planned trip|tour|reception|ceremony|exchange|exchanges")),
 ("160", W("announce|order|decide|declare|approve"), W("suspension of links|suspension of air links|suspension of ties|suspension of relations|suspension of flights|suspension of contacts|downgrading of relations|downgrading of ties|freeze in relations|freezing of relations")),
 ("160", W("suspend|halt|cancel|ban|stop"), W("flights|air links|air traffic|direct flights|flights to|rail links|ferry links|postal links|cultural exchanges|sporting links")),
 ("160", W("downgrade|reduce|cut|curtail|scale back|scale down|freeze|suspend|limit|restrict"), W("relations|ties|cooperation|contacts|exchanges|engagement|links|dealings")),
 ("160", W("downgrade|distance"), [""]),
 ("162", W("cut|reduce|stop|halt|suspend|freeze|withhold|end|terminate|cancel|slash|withdraw|block|scale back|prohibit|ban|bar|cut off"), AID),
 ("1621", W("cut|reduce|stop|halt|suspend|freeze|withhold|end|cancel|slash|withdraw|block"), ECON),
 ("1622", W("cut|reduce|stop|halt|suspend|freeze|withhold|end|cancel|slash|withdraw|block"), MILAID),
 ("1623", W("cut|reduce|stop|halt|suspend|freeze|withhold|end|cancel|slash|withdraw|block"), HUMAID),
 ("163", W("impose|slap|announce|introduce|adopt|approve|enact|tighten|expand|extend|widen|toughen|levy|order|renew|reimpose|re-impose|broaden|step up|agree|unveil"), SANCT),
 ("163", W("sanction|embargo|boycott|blacklist|penalise|penalize"), [""]),
 ("163", W("freeze|seize"), W("asset|assets|funds|bank accounts|property of|accounts")),
 ("164", W("halt|suspend|break off|end|call off|cancel|abandon|postpone|quit|walk out of|pull out of|withdraw from|leave|freeze|stall|abort|scrap"), W("talks|negotiation|negotiations|dialogue|peace talks|discussions|meeting|summit|contacts|consultations|round of talks")),
 ("165", W("halt|suspend|end|abandon|quit|withdraw from|pull out of|stop|terminate"), W("mediation|mediation effort|mediation efforts|mediation role|role as mediator|arbitration|good offices|facilitation")),
 ("166", W("expel|withdraw|pull out|recall|evacuate|kick out|oust|order out"), W("staff|mission|delegation|observer|monitor")),
 ("166", W("evacuate"), W("diplomat|diplomats|ambassador|envoy|embassy staff|diplomatic staff")),
 ("1661", W("expel|withdraw|pull out|evacuate|kick out|order out|end the mandate of"), PEACEKEEP),
 ("1662", W("expel|withdraw|pull out|evacuate|kick out|order out|bar"), INSPECT),
 ("1663", W("expel|withdraw|pull out|evacuate|kick out|order out|ban|suspend"), AIDWORK),
 # "withdraw X from" names what is withdrawn: longer than the bare "withdraw from" (0874)
 ("166", W("withdraw|pull out|evacuate|recall"), [x + " from" for x in W("diplomat|diplomats|ambassador|envoy|staff|embassy staff|mission|delegation|observer|observers|monitor|monitors")]),
 ("1661", W("withdraw|pull out|evacuate"), [x + " from" for x in PEACEKEEP]),
 ("1662", W("withdraw|pull out|evacuate"), [x + " from" for x in INSPECT + W("weapons inspectors")]),
 ("1663", W("withdraw|pull out|evacuate"), [x + " from" for x in AIDWORK + W("humanitarian workers|aid staff|relief workers")]),

 # ---------------- 17 coerce -----------------------------------------
 ("170", W("coerce|force|compel|pressure|oblige|crack down|clamp down|suppress|quash|stifle|silence|intimidate|punish"), [""]),
 ("170", W("crack down|clamp down|cracks down"), W("on|against")),
 ("171", W("seize|confiscate|impound|expropriate|nationalise|nationalize|requisition|commandeer|demolish|raze|bulldoze|destroy|damage|sabotage|vandalise|vandalize"), W("property|properties|asset|assets|land|farms|homes|houses|building|buildings|ship|vessel|tanker|cargo|shipment|goods|equipment|vehicle|vehicles|company|factory|plant|bank|oil field|business|businesses")),
 # cyber attacks damage property (CAMEO 171): the target is the site's owner
 ("171", W("attack|hack|hack into|deface|bombard|cripple|disable|knock out"), W("website|websites|web site|homepage|server|servers|computer network|computer networks|computer system|computer systems|database|email account|email accounts")),
 ("171", W("steal|usurp"), [""]),
 # 1711's usage note: raids and lootings
 ("1711", W("pillage|plunder"), [""]),
 ("1711", W("seize|confiscate|impound|expropriate|nationalise|nationalize|requisition|commandeer|freeze"), [""]),
 ("1712", W("demolish|raze|bulldoze|destroy|wreck|flatten|torch|burn down|blow up"), W("home|homes|house|houses|building|buildings|village|villages|mosque|church|school|hospital|crops|property|infrastructure|structure|structures")),
 ("1712", W("demolish|raze|bulldoze"), [""]),
 # sabotage of infrastructure and arson against property
 ("1712", W("destroy|blow up|sabotage|cut|knock out|wreck|damage|bomb"), W("power line|power lines|power pylon|pylons|electricity pylons|power station|power plant|pipeline|pipelines|oil pipeline|gas pipeline|bridge|bridges|railway line|rail line|railway|dam|oil well|oil wells|water supply|telephone lines|communication lines")),
 ("1712", W("set"), W("fire to office|fire to offices|fire to home|fire to homes|fire to house|fire to houses|fire to building|fire to buildings|fire to car|fire to cars|fire to vehicle|fire to vehicles|fire to shop|fire to shops|fire to school|fire to mosque|fire to church|fire to village|fire to crops|fire to field|fire to fields|fire to property")),
 # a ban by an authority: administrative sanction (172; the specific bans above win)
 ("172", W("ban|prohibit|outlaw|criminalise|criminalize"), [""]),
 ("172", W("bar"), W("+ from")),
 ("172", W("strip|deprive"), W("+ of citizenship|+ of their citizenship|+ of his citizenship|+ of her citizenship|+ of nationality|+ of their nationality|+ of passports|+ of their passports|citizenship|nationality")),
 ("172", W("revoke|withdraw|cancel"), W("citizenship|nationality|passport|passports|visa|visas|residency|residence permit|work permit|license|licence|accreditation")),
 ("172", W("impose|introduce|tighten|enforce|adopt"), W("restriction|restrictions|controls|administrative sanctions|ban|travel ban|visa ban|visa restrictions|new restrictions|new rules|regulations")),
 ("1721", W("restrict|curb|censor|muzzle|gag|limit|suppress|block|shut down|close|ban|outlaw"), W("freedom|freedoms|press|media|newspaper|newspapers|television station|broadcaster|internet|social media|website|websites|free speech|freedom of speech|freedom of assembly|gatherings|rallies|protests|demonstrations|NGO|NGOs|civil society")),
 ("1721", W("censor|gag|muzzle"), [""]),
 # stopping a protest before it happens restricts the freedom of assembly
 ("1721", W("prevent|prohibit|forbid|disallow|stop|outlaw"), W("demonstration|demonstrations|protest|protests|rally|rallies|march|marches|gathering|gatherings|sit-in|vigil|public meetings")),
 ("1721", W("suspend|close|shut down|shut|halt|stop"), W("publication|newspaper|newspapers|paper|broadcast|broadcasts|broadcaster|television station|TV station|radio station|magazine|news agency|website")),
 ("1721", W("order|force"), W("+ to suspend publication|+ to stop publication|+ to cease publication|+ to close|+ to shut down|+ to stop broadcasting|+ off the air|+ to go off the air")),
 ("1722", W("ban|outlaw|proscribe|dissolve|disband|disqualify|bar|blacklist|exclude"), W("party|parties|opposition party|political party|political parties|opposition|candidate|candidates|politician|politicians|movement|group|organisation|organization|leader")),
 ("1723", W("impose|declare|announce|enforce|extend|order|reimpose|re-impose|tighten"), CURFEW),
 ("1724", W("impose|declare|announce|enforce|extend|proclaim|order|reimpose|re-impose|invoke"), EMERG),
 ("173", W("arrest|detain|jail|imprison|incarcerate|apprehend|capture|nab|round up|lock up|intern|remand|handcuff|put on trial|confine|rearrest"), [""]),
 ("173", W("take|place|put"), W("into custody|in custody|under arrest|under house arrest|on trial|behind bars|in detention")),
 ("173", W("issue|seek|request"), W("arrest warrant|warrant|warrant for arrest|international arrest warrant")),
 # a person sentenced to prison or death is detained: 116's usage note
 # ("when individuals are found guilty and are therefore detained, use
 # 173 instead"); "to ten years in prison" reads "+ prison", the time
 # phrase's "to" being out of the window
 ("173", W("sentence"), W("+ to prison|+ to jail|+ to death|+ to life|+ to life imprisonment|+ prison|+ jail|to prison|to jail|to death|to life|to life imprisonment|prison|jail")),
 ("174", W("expel|deport|exile|banish|extradite|repatriate|evict|kick out|throw out|oust"), [""]),
 ("174", W("expel|deport|exile|banish|repatriate|evict|kick out|throw out|order out"), W("migrant|migrants|refugee|refugees|foreigner|foreigners|worker|workers|journalist|journalists|correspondent|correspondents|activist|activists|dissident|dissidents|national|nationals|citizen|citizens|asylum seeker|asylum seekers|illegal immigrants|immigrants")),
 ("174", W("declare"), W("+ persona non grata|persona non grata")),
 # 175: use tactics of violent repression
 ("175", W("repress|quell"), [""]),
 ("175", W("disperse|break up|fire on|shoot at|beat|tear-gas|teargas|baton-charge|charge at|crush|suppress|repress"), W("protester|protesters|demonstrator|demonstrators|crowd|crowds|rally|rallies|march|marchers|students|strikers|mourners|opposition supporters|sit-in|protest|protests")),
 ("175", W("use|fire|deploy"), W("tear gas|teargas|rubber bullet|rubber bullets|water cannon|water cannons|live ammunition|live fire|batons|stun grenades|pellet guns|force against protesters|excessive force")),
 # opening fire on a crowd, or to scatter one, is repression, not combat
 ("175", W("open"), W("fire to disperse|fire on protesters|fire on demonstrators|fire on crowd|fire on crowds|fire on marchers|fire on mourners|fire on strikers|fire at protesters|fire at demonstrators|fire at crowd|fire into crowd")),
 ("176", W("hack|hack into|cyberattack|breach|infiltrate|compromise|target"), W("network|networks|system|systems|computer|computers|server|servers|database|email|emails|account|accounts|website|websites|infrastructure|grid|power grid")),
 ("176", W("launch|conduct|carry out|mount|stage"), W("cyberattack|cyber attack|cyberattacks|cyber attacks|hacking attack|hacking campaign|ransomware attack|DDoS attack|denial-of-service attack")),

 # ---------------- 18 assault ----------------------------------------
 ("180", W("assault|attack|ambush|strike|raid|storm|terrorise|terrorize"), W("civilian|civilians|village|villagers|convoy|checkpoint|market|mosque|church|school|bus|hotel|restaurant|camp|worshippers|pilgrims|police station|police post")),
 ("181", W("abduct|kidnap|hijack|snatch|seize|capture|take"), W("hostage|hostages|+ hostage|captive|captives|aid worker|aid workers|tourist|tourists|journalist|journalists|foreigner|foreigners|worker|workers|student|students|schoolgirl|schoolgirls|child|children|plane|aircraft|ship|vessel|bus|tanker|crew|sailor|sailors")),
 ("181", W("abduct|kidnap|hijack"), [""]),
 ("181", W("take|hold"), W("hostage|+ hostage|captive|+ captive|prisoner|+ prisoner")),
 # 1822 only when torture is reported
 ("182", W("mistreat|maltreat|abuse|brutalise|brutalize"), [""]),
 ("182", W("beat|punch|kick|whip|flog|lash|slap|stab|assault|batter|bludgeon|club|manhandle|maul|pummel|stone"), [""]),
 ("1821", W("rape|sexually assault|molest|gang-rape|gang rape|sexually abuse"), [""]),
 ("1822", W("torture|waterboard|electrocute"), [""]),
 ("1822", W("subject"), W("+ to torture|to torture|+ to abuse|to abuse")),
 ("1823", W("murder|slay|slaughter|behead|decapitate|hang|lynch|execute|stab to death|beat to death|burn alive|strangle|bludgeon to death|hack to death|shoot dead|gun down|shoot"), [""]),
 ("1823", W("kill|murder|slay|slaughter|behead|execute"), W("civilian|civilians|villager|villagers|worshipper|worshippers|hostage|hostages|prisoner|prisoners|aid worker|aid workers|journalist|journalists|teacher|teachers|child|children|woman|women|man|men|people|family|families|farmer|farmers|student|students|tourist|tourists")),
 # wounding: physical harm outside combat unless the weapon says more
 ("180", W("wound|injure|maim"), [""]),
 # casualties of a bombing: the bombing codes (183x), whoever was hit
 ("1831", W("kill|wound|injure|maim"), W("in suicide bombing|in suicide attack|in suicide bomb attack|in suicide blast|by suicide bomber|in suicide car bombing|in suicide car bomb")),
 ("1832", W("kill|wound|injure|maim"), W("in car bombing|in car bomb|in car bomb attack|in car bomb explosion|in car bomb blast|by car bomb|in truck bomb|by truck bomb")),
 ("1833", W("kill|wound|injure|maim"), W("in roadside bombing|in roadside bomb|by roadside bomb|in roadside blast|by improvised explosive device|by IED|in IED attack|by landmine|in landmine explosion|in landmine blast|in mine explosion")),
 ("183", W("kill|wound|injure|maim"), W("in bomb attack|in bombing|in bomb blast|in bomb explosion|by bomb|in grenade attack|by grenade|in explosion|in blast")),
 ("183", W("bomb|blow up|detonate|explode|set off|plant"), W("bomb|bombs|explosive|explosives|device|explosive device|car bomb|IED|improvised explosive device|nail bomb|parcel bomb|pipe bomb|grenade|landmine|mine|market|mosque|church|bus|station|hotel|restaurant|checkpoint|embassy|building|office")),
 ("183", W("bomb|firebomb"), [""]),
 ("1831", W("carry out|conduct|stage|launch|commit"), W("suicide bombing|suicide attack|suicide bomb attack|suicide car bombing|martyrdom operation")),
 ("1831", W("blow"), W("himself up|herself up|themselves up|up himself|up herself")),
 ("1831", W("detonate|explode|set off"), W("suicide vest|suicide belt|explosive vest|explosive belt|suicide bomb")),
 ("1832", W("detonate|explode|set off|drive|ram|plant|park"), W("car bomb|truck bomb|vehicle bomb|bomb-laden car|bomb-laden truck|explosives-laden car|explosives-laden truck|booby-trapped car|car packed with explosives|vehicle packed with explosives|VBIED")),
 ("1833", W("detonate|explode|set off|plant|lay|hit"), W("roadside bomb|roadside bombs|IED|IEDs|improvised explosive device|improvised explosive devices|landmine|landmines|mine|mines|booby trap|booby traps")),
 ("1834", W("bomb|blow up|target|attack"), W("market|mosque|church|shrine|hotel|restaurant|school|station|bus station|train station|airport|embassy|consulate|stadium|cafe|mall|shopping centre|shopping center|wedding|funeral|rally")),
 ("184", W("use|hold|deploy|exploit"), W("human shield|human shields|civilians as human shields|+ as human shields|as human shields|as shields|hostages as shields")),
 ("185", W("attempt|try|plot|conspire|seek"), W("to assassinate|to kill|assassination|to murder|assassination attempt|coup")),
 ("185", W("survive|foil|thwart|escape|stage|carry out|plot"), W("assassination attempt|attempt on life|attempt on his life|attempt on her life|murder attempt|assassination bid|assassination plot")),
 ("186", W("assassinate|kill|gun down|shoot dead|murder|eliminate|liquidate"), W("leader|president|prime minister|minister|official|politician|general|commander|governor|mayor|judge|prosecutor|journalist|activist|candidate|opposition leader|cleric|scientist|nuclear scientist|chief")),
 ("186", W("assassinate"), [""]),

 # ---------------- 19 fight --------------------------------------------
 ("190", W("fight|battle|clash|combat|attack|strike|hit|assault|raid|ambush|skirmish|war|wage|bombard|shell|pound|fire|kill|repel|repulse|retaliate|overpower|ravage|devastate"), [""]),
 # "engaged in fighting" is combat; "engaged in talks", "engaging in
 # public attacks over the media" are not
 ("190", W("engage"), ["in " + x for x in W("combat|fighting|battle|battles|clashes|clash|gunfight|firefight|firefights|hostilities|armed conflict")]),
 # "target" is force only at an actor ("targeted Hamas commanders"), not
 # at things ("sanctions targeting gas exports", "targeted voters")
 ("190", W("target"), W("+")),
 ("190", W("wage|launch|start|begin|mount|escalate|intensify|step up|conduct|carry out|open|unleash|stage"), W("war|attack|attacks|offensive|assault|campaign|military campaign|military operation|operation|raid|raids|strike|strikes|counteroffensive|counter-offensive|incursion|invasion|hostilities|fighting|battle|ground offensive|ground operation|bombardment")),
 ("190", W("fire"), W("on|at|upon|into|across|over")),
 # aircraft, drones and missiles shot down: air defence, not a killing
 # (bare "shoot" is 1823 above); "shoot down a proposal" is an idiom
 ("190", W("shoot down|down|intercept"), W("drone|drones|plane|planes|aircraft|jet|jets|fighter jet|warplane|warplanes|helicopter|helicopters|missile|missiles|rocket|rockets|UAV|UAVs|balloon")),
 ("190", W("shoot down"), [""]),
 # an actor defending itself fights (and "will defend ourselves" is a
 # threat of force, 138, by the future); defending a person or a policy
 # is a verbal defence (052 above)
 ("190", W("defend"), W("itself|themselves|ourselves|oneself|himself|herself|yourselves")),
 ("190", W("open"), W("fire|fire on|fire at|fire upon")),
 ("191", W("blockade|besiege|encircle|surround|cordon off|seal off|lay siege|cut off|isolate|lock down"), [""]),
 ("191", W("impose|enforce|tighten|maintain|declare|lay|reimpose|re-impose|extend"), W("blockade|naval blockade|siege|no-fly zone|closure|encirclement|travel restrictions|movement restrictions|border closure")),
 ("191", W("close|shut|seal|seal off"), W("border|borders|border crossing|crossing|crossings|airspace|strait|port|ports|sea lanes|road|roads|highway")),
 ("192", W("occupy|seize|capture|take|take over|annex|overrun|conquer|invade|retake|recapture|control|hold"), W("territory|town|city|village|villages|region|province|district|area|land|island|islands|base|airport|port|border crossing|oil field|hill|hills|stronghold|capital|positions|ground|strip|peninsula|enclave|settlement|outpost")),
 # an invasion occupies territory (the manual's 192 example: "Israel
 # mounted its long-threatened invasion of South Lebanon")
 ("192", W("occupy|annex|overrun|conquer|invade"), [""]),
 ("192", W("capture|seize|overrun|occupy|retake|recapture"), W("part of|parts of|much of|most of|half of|large part of|swathes of")),
 ("192", W("capture|overrun|retake|regain"), W("control of")),
 ("193", W("shoot|fire|gun|snipe|machine-gun"), W("rifle|rifles|gun|guns|machine gun|machine guns|automatic weapons|small arms|assault rifle|assault rifles|bullet|bullets|AK-47|kalashnikov|pistol|pistols|rocket-propelled grenade|RPG|rocket-propelled grenades")),
 ("193", W("exchange|trade"), W("fire|gunfire|small arms fire|shots|machine gun fire")),
 ("193", W("clash|fight|battle|skirmish"), W("with|against")),
 ("194", W("shell|bombard|pound|fire|launch|use"), W("artillery|mortar|mortars|shell|shells|tank|tanks|howitzer|howitzers|rocket|rockets|Katyusha|Grad rocket|Grad rockets|heavy weapons|heavy artillery|rocket launcher|rocket launchers|cannon|cannons|tank fire")),
 ("194", W("shell|bombard"), [""]),
 ("194", W("exchange|trade"), W("artillery fire|artillery|artillery shells|shells|mortar fire|mortar rounds|rocket fire|tank fire|cross-border fire")),
 ("111", W("critical"), W("of")),
 # disappointment or anger with an actor or its act decries it (CAMEO
 # 111; "expressed disappointment" with no one named is 110 above)
 ("111", W("disappointed|disappoint|dissatisfied|dissatisfy|displeased|displease|unhappy|angry|anger|outraged|outrage|incensed|incense|infuriated|infuriate|furious|indignant"), W("with|by|at|over|in|that")),
 ("195", W("bomb|airstrike|air-strike|strafe|carpet-bomb|carpet bomb|napalm"), [""]),
 ("195", W("carry out|conduct|launch|stage|mount|order|step up|intensify"), W("airstrike|airstrikes|air strike|air strikes|air raid|air raids|bombing raid|bombing raids|aerial bombardment|aerial attack|bombing campaign|air campaign|sorties")),
 ("195", W("drop|fire|launch"), W("bomb|bombs|barrel bomb|barrel bombs|cluster bomb|cluster bombs|missile|missiles|air-to-ground missile|from the air")),
 # a strike with a weapon named is force, not a labour strike (143's
 # "launch strike"): missiles and rockets are aerial weapons
 ("195", W("carry out|conduct|launch|stage|mount|order|step up|intensify"), W("missile strike|missile strikes|rocket strike|rocket strikes|missile attack|missile attacks|rocket attack|rocket attacks")),
 ("190", W("carry out|conduct|launch|stage|mount|order|step up|intensify"), W("military strike|military strikes|retaliatory strike|retaliatory strikes|artillery strike|artillery strikes|ground strike|ground strikes|preemptive strike|pre-emptive strike")),
 ("1951", W("fire|launch|use"), W("precision-guided munitions|precision-guided missile|guided missile|guided bombs|smart bombs|laser-guided bombs|cruise missile|cruise missiles|precision strike|precision strikes|Tomahawk|Tomahawk missiles")),
 ("1952", W("launch|carry out|conduct|use|fly|fire|send"), W("drone|drones|drone strike|drone strikes|drone attack|drone attacks|unmanned aircraft|unmanned aerial vehicle|UAV|UAVs|kamikaze drone|kamikaze drones|Shahed drones")),
 ("1952", W("drone"), [""]),
 ("196", W("violate|breach|break|flout|undermine|wreck|shatter|rupture"), W("ceasefire|cease-fire|truce|armistice|peace deal|peace agreement|peace accord|peace treaty|ceasefire agreement|ceasefire deal|ceasefire accord")),

 # ---------------- 20 unconventional mass violence --------------------
 ("200", W("commit|perpetrate|carry out|engage in"), W("atrocity|atrocities|mass violence|mass atrocities|crimes against humanity")),
 ("201", W("expel|deport|drive out|force out|uproot|displace|evict"), W("population|entire population|community|communities|ethnic minority|minority|minorities|tens of thousands|hundreds of thousands|thousands|villagers en masse|residents en masse")),
 ("201", W("carry out|conduct|order"), W("mass expulsion|mass expulsions|mass deportation|mass deportations|forced displacement|forced transfer|population transfer")),
 ("202", W("massacre|exterminate|annihilate|decimate|butcher|slaughter"), [""]),
 ("202", W("carry out|commit|perpetrate|conduct|order"), W("massacre|massacres|mass killing|mass killings|mass execution|mass executions|mass murder|slaughter|bloodbath|pogrom|pogroms")),
 ("202", W("kill|execute|slaughter|massacre"), W("hundreds|thousands|dozens of civilians|hundreds of civilians|thousands of civilians|entire village|entire family|entire families|scores of civilians")),
 ("203", W("carry out|commit|perpetrate|conduct|wage|pursue|engage in"), W("ethnic cleansing|genocide|genocidal campaign|campaign of ethnic cleansing|extermination|campaign of extermination")),
 ("203", W("cleanse|ethnically cleanse"), [""]),
 ("204", W("use|deploy|fire|launch|drop|detonate|release"), W("weapons of mass destruction|WMD|WMDs|mass destruction weapons")),
 ("2041", W("use|deploy|fire|launch|drop|release|spray"), W("chemical weapon|chemical weapons|chemical agent|chemical agents|nerve agent|nerve gas|sarin|chlorine gas|mustard gas|VX|poison gas|toxic gas|biological weapon|biological weapons|anthrax|radiological weapon|dirty bomb")),
 ("2041", W("gas"), [""]),
 ("2042", W("use|fire|launch|drop|detonate|deploy"), W("nuclear weapon|nuclear weapons|nuclear bomb|nuclear bombs|atomic bomb|atomic bombs|nuclear warhead|nuclear warheads|nuclear missile|nuclear missiles|tactical nuclear weapon|tactical nuclear weapons")),
]

# Patterns added from coding news text (the fifth session, BENCHMARKS.md):
# (code, patterns).  They win over a spec below that would produce the
# same words ("send troops" is a deployment, 154; sent to an actor,
# military aid, 072) and come first in their root's part of the file.
# "---": a known verb use that is no event (listed last).
EXTRA = [
    # sums of money pledged ("pledged 2 billion euros in aid to Ukraine")
    ("033", W("pledge million|pledge billion|pledge dollar|pledge euro|promise million|promise billion")),
    # a phone call received from X is X's call; aid received, X's aid
    ("041", W("receive + * phone call from $|receive + * call from $|receive + * telephone call from $")),
    ("070", W("receive + * aid from $|receive + * assistance from $")),
    ("071", W("receive + * loan from $|receive + * bailout from $|receive + * financial aid from $|receive + * economic aid from $")),
    ("072", W("receive + * military aid from $|receive + * weapons from $")),
    ("073", W("receive + * humanitarian aid from $")),
    # welcoming an act or a result is endorsing it, not hosting a visit
    ("051", ["welcome " + x for x in W("release|announcement|accord|news|progress|ruling|verdict|resumption|return|ceasefire|truce|reform|appointment|nomination|choice|selection|election|victory|vote|approval|adoption|signing|formation|creation|launch|opening|lifting|withdrawal")]),
    # troops sent to an actor are military aid; sent elsewhere ("to the
    # border"), a deployment; police or peacekeepers sent to another
    # country: protection, not a show of force (153)
    ("072", W("send troops to +")),
    ("154", W("send troops")),
    ("074", W("send police to +|send police officers to +|send policemen to +|send peacekeeper to +|send peacekeeping troops to +|send peacekeeping force to +|deploy peacekeeper to +|deploy peacekeeping troops to +|deploy police to +|deploy police officers to +|deploy policemen to +")),
    # peacekeepers arriving in a country protect it (PLOVER AID), they
    # do not visit it (042)
    ("074", W("arrive peacekeeper *|arrive peacekeeping *|arrive blue helmets *")),
    # an actor suspended from an organisation ("the African Union
    # suspended Mali"); a diplomat ordered out is expelled (161, 166's
    # usage note)
    ("160", W("suspend +|suspend membership")),
    ("161", W("order ambassador to leave|order diplomat to leave|order envoy to leave")),
    # an actor destroyed ("vowed to destroy Hamas") is military force; a
    # rocket, missile, mortar or shell fired at, into or on someone is an
    # attack, not a test (fire rocket : 150)
    ("190", W("destroy +") + [v + " " + w + " " + pr for v, w in (("fire", "rocket"), ("fire", "missile"), ("fire", "mortar"), ("fire", "shell"), ("launch", "rocket"), ("launch", "missile")) for pr in ("at", "into", "on") if not (pr == "on" and (v == "launch" or w in ("mortar", "shell")))]),
    ("192", W("annex +")),
    # a decree, law or bill signed is a domestic act, no agreement; fires,
    # floods and diseases are fought too
    ("---", W("sign decree|sign law|sign bill|sign executive order|sign into law")),
    ("---", [v + " " + x for v in ("fight", "battle") for x in W("fire|wildfire|blaze|flames|flood|disease|virus|epidemic|pandemic|outbreak")] + W("fight poverty|fight inflation|fight climate change|battle drought")),
    # calling someone's bluff challenges them to make good: a demand, no
    # phone call (041 "call +")
    ("100", W("call bluff")),
    # elections, votes and referendums held are no meeting (044 "hold in")
    ("---", ["hold " + x for x in W("election|elections|vote|referendum|poll|polls|primary|primaries|ballot|by-election|runoff|run-off")]),
    # a leader meeting or briefing the press gives a press conference, no
    # meeting between two actors (the statements made code as statements)
    ("---", [v + " " + x for v in ("meet", "brief") for x in W("press|reporters|reporter|journalists|journalist|media|correspondents|newsmen")]),
    # staff fired or sacked lose a job, nobody is shot at; a quality
    # demonstrated is shown, nobody protests
    ("---", [v + " " + x for v in ("fire", "sack", "lay off") for x in W("manager|managers|employee|employees|worker|workers|staff|staffer|staffers|director|executive|executives|CEO|chief executive|coach|head coach|editor|aide|aides|adviser|advisor|assistant|teacher|teachers")]),
    ("---", ["demonstrate " + x for x in W("ability|capacity|commitment|resolve|willingness|strength|skill|skills|instinct|instincts|knowledge|interest|leadership|courage|capability|capabilities|determination|flexibility|seriousness|sincerity|good faith|number|lack|need|potential|effectiveness|value|importance|how|that")]),
]

def fold_word(w):
    w = unicodedata.normalize("NFKD", w)
    w = "".join(ch for ch in w if not unicodedata.combining(ch))
    w = w.lower().replace(".", "")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) > 3 and w.endswith("s") and w[-2] not in "sui'":
        w = w[:-3] + "y" if len(w) > 4 and w.endswith("ies") else w[:-1]
    return w

def key(pattern):
    return " ".join(fold_word(w) for w in pattern.split())

# Codes from later CAMEO/PLOVER drafts that the 1.1b3 table (cameo.dict)
# lacks are coded by their 1.1b3 parent.
REMAP = {"155": "154", "176": "170", "1834": "183", "1951": "195", "1952": "195"}
SPECS = [(REMAP.get(c, c), v, x) for c, v, x in SPECS]

# Reciprocal events (CAMEO 1.1b3 usage notes: a phone call, 041, and
# negotiations, 046, "are reciprocal events", "two events are coded with
# actors reversed"; meetings at a third place, 044, are reciprocal; 040 is
# "typically" so): the code is written as a pair, "041:041", which the
# coder reads as the same act each way.  Only the 040 verbs that name a
# mutual act are paired ("brief", "review" are one-sided).
RECIPROCAL = {"041", "044", "046"}
MUTUAL_040 = set("consult confer discuss talk meet contact communicate reconvene hold".split())
def reciprocal(code, pat):
    head = pat.split()[0]
    return code in RECIPROCAL or (code == "040" and head in MUTUAL_040)

# CAMEO codes form a tree: 0231 is one kind of 023, and a code ending in 0
# ("070", "150: ..., not specified below") is its root's residual, so 071
# and 154 are kinds of 070 and 150.
def parent(code):
    if len(code) == 4:
        return code[:3]
    if len(code) == 3 and code[2] != "0":
        return code[:2] + "0"
    return None

def refines(code, general):
    """Whether code is a more specific kind of general."""
    p = parent(code)
    while p:
        if p == general:
            return True
        p = parent(p)
    return False

seen = {}        # folded pattern -> index into lines
fixed = set()    # folded patterns of EXTRA: deliberate, never replaced
lines = []
dropped = refined = 0
def add(code, pat, extra=False):
    """A spec's pattern: a pattern written before wins ("deny" under 016
    before 120), except that a more specific code of the same act replaces
    a general one ("give loan" is 071, not 070; "deploy troops" 154, not
    150), whatever the order of the specs."""
    global dropped, refined
    k = key(pat)
    if k in seen:
        dropped += 1
        i = seen[k]
        if k not in fixed and refines(code, lines[i][0]):
            lines[i] = (code, lines[i][1])
            refined += 1
        return
    seen[k] = len(lines)
    if extra:
        fixed.add(k)
    lines.append((code, pat))

for code, pats in EXTRA:
    for pat in pats:
        add(code, pat, extra=True)
for code, verbs, comps in SPECS:
    for v in verbs:
        if "?" in v:
            continue
        for c in comps:
            if "?" in c:
                continue
            # Multi-word verbs ("look into", "hand over") keep their
            # particle as the first pattern word after the head lemma.
            add(code, (v + " " + c).strip())
# EXTRA's lines go before the first line of their root, no-event lines
# last; the specs' lines keep their order
nextra = sum(len(pats) for _, pats in EXTRA)
extra, lines = lines[:nextra], lines[nextra:]
for code, pat in extra:
    at = next((i for i, (c, _) in enumerate(lines) if code != "---" and c[:2] == code[:2]),
              len(lines))
    lines.insert(at, (code, pat))

heads = sorted({p.split()[0] for _, p in lines})
sys.stderr.write("gen_verbs: %d patterns, %d head lemmas, %d duplicates dropped "
                 "(%d of them gave the kept pattern a more specific code)\n"
                 % (len(lines), len(heads), dropped, refined))
roots = sorted({c[:2] for c, _ in lines if c != "---"})
print("""# verbs.dict - dyad's verb patterns: lemma [particle/object/preposition
# words] -> CAMEO event code.  %d patterns over %d head lemmas, all 20
# CAMEO roots (%s).
# Generated by tools/gen_verbs.py from tables written for dyad from the
# CAMEO 1.1b3 code definitions; edit the generator, not this file.
# Knowledge date: 2024-12.  '+' marks the target actor's slot.
# The most specific matching pattern wins (docs/DICTIONARIES.md).
""" % (len(lines), len(heads), " ".join(roots)))
# Patterns whose words after the lemma are only prepositions and particles
# ("agree to", "call for") load after all others: the matcher breaks a tie
# between equally long patterns by load order, and a content word ("agree
# to a ceasefire" matching "agree ceasefire") says more than "to".
FUNCTION = set("to for on with in at of from by about against into over up out off down "
               "back away upon toward towards through across after before under behind "
               "around along onto".split())


def function_only(pat):
    words = [w for w in pat.split()[1:] if w not in ("+", "$", "%", "^")]
    return bool(words) and all(w in FUNCTION for w in words)


cur = None
print("[verbs]")
for last in (False, True):
    for code, pat in lines:
        if function_only(pat) != last:
            continue
        root = "none: known uses that are no event" if code == "---" else code[:2]
        if last:
            root = "%s, prepositions and particles only (loaded last)" % root
        if root != cur:
            cur = root
            print("\n# ---- root %s" % cur)
        print("%s : %s" % (pat, code + ":" + code if reciprocal(code, pat) else code))
