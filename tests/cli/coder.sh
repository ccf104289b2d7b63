# dyad code / dyad explain: help, the no-model fallback, and (when the
# trained model is present) events in JSONL, CSV and SQLite.
. tests/cli/lib.inc
expect_exit 0 "$DYAD" code --help
grep -q -- '--negated' "$T/out" || fail "code --help lacks --negated"
expect_exit 0 "$DYAD" explain --help
grep -q 'dyad explain' "$T/out" || fail "explain --help"
printf 'Headline\n\nRussian lawmakers accused Washington of provoking North Korea.\n' > "$T/a.txt"
if [ ! -r data/model/dyad-en.model ] && [ -z "${DYAD_DATA:-}" ]; then
    echo "SKIP event checks: data/model/dyad-en.model is absent"
    expect_exit 0 "$DYAD" code "$T/a.txt"
    grep -q 'no model found' "$T/err" || fail "no-model notice"
    grep -q '"status":"coded"' "$T/out" || fail "document record without a model"
    expect_exit 2 "$DYAD" explain "Russia accused China."
    exit 0
fi
# A model from another trainer version is the syntax module's business:
# say so and stop here rather than fail the coder's checks.
if "$DYAD" parse -q "$T/a.txt" >/dev/null 2>"$T/perr"; then :; else
    if grep -q 'retrain' "$T/perr"; then
        echo "SKIP event checks: $(cat "$T/perr")"
        exit 0
    fi
fi
expect_exit 0 "$DYAD" code -q "$T/a.txt"
grep -q '"kind":"document"' "$T/out" || fail "document record first"
expect_out '"kind":"event".*"code":"RUSLEG".*"code":"USAGOV".*"root":"11"' "RUSLEG 11x USAGOV event"
expect_exit 0 "$DYAD" code -q -f csv "$T/a.txt"
grep -q '^event_id,date,actor1_code' "$T/out" || fail "CSV header"
grep -q ',RUSLEG,' "$T/out" || fail "CSV event row"
expect_exit 0 "$DYAD" code -q --db "$T/e.db" "$T/a.txt"
n=$(sqlite3 "$T/e.db" "SELECT count(*) FROM events WHERE source_code='RUSLEG'" 2>/dev/null || echo 0)
[ "$n" -ge 1 ] || fail "events table"
# One sentence piped in is the text, not a headline with no body (worked
# out by hand: Russia is the source, RUS; rejected = 120; U.S. = USA).
echo 'Russia rejected U.S. calls.' | "$DYAD" code -q - >"$T/out" 2>"$T/err" || fail "piped sentence"
expect_out '"kind":"event".*"code":"RUS".*"code":"USA".*"code":"120"' "a piped sentence is coded"
echo 'Russia rejected U.S. calls.' | "$DYAD" parse -q - >"$T/out" 2>"$T/err" || fail "piped parse"
expect_out '^2.rejected.reject.VERB' "a piped sentence is parsed"
expect_exit 0 "$DYAD" explain "Russian lawmakers accused Washington."
grep -q 'RUSLEG' "$T/out" || fail "explain shows the actor"
grep -q 'coded' "$T/out" || fail "explain shows the predicate status"
expect_exit 0 "$DYAD" code -q --stats "$T/a.txt"
grep -q 'events by root code' "$T/err" || fail "--stats table"
# A dateline is a place, not an actor (worked out by hand: Russia is the
# source, RUS; Moscow gives the place, not a RUSGOV source).
printf 'Headline\n\nMOSCOW \342\200\224 Russia condemned the missile test.\n' > "$T/d.txt"
expect_exit 0 "$DYAD" code -q "$T/d.txt"
expect_out '"kind":"event".*"source":{"text":"Russia","code":"RUS"' "dateline: Russia is the source"
grep -q '"code":"RUSGOV"' "$T/out" && { cat "$T/out" >&2; fail "dateline taken for an actor"; }
expect_out '"place":{"text":"MOSCOW","country":"RUS"}' "dateline place"
expect_exit 0 "$DYAD" explain -i "$T/d.txt"
expect_out 'MOSCOW .*dateline' "explain shows the dateline"
# An idiom is no event, and explain says which dictionary line says so.
expect_exit 0 "$DYAD" explain "The United States kicked the can down the road."
expect_out 'not an event.*idioms.dict' "idiom explained"
grep -q 'code 182' "$T/out" && fail "idiom coded as an assault"
# "Both countries" are the two countries named last, each putting its
# forces on alert against the other (worked out by hand: PRK 152 KOR and
# KOR 152 PRK, after PRK 190 KOR).
printf 'Headline\n\nNorth Korea fired shells at South Korea on Thursday. Both countries have put their militaries on high alert.\n' > "$T/b.txt"
expect_exit 0 "$DYAD" code -q "$T/b.txt"
expect_out '"text":"Both countries","code":"PRK".*"text":"Both countries","code":"KOR".*"code":"152"' "both countries: PRK 152 KOR"
expect_out '"text":"Both countries","code":"KOR".*"text":"Both countries","code":"PRK".*"code":"152"' "both countries: KOR 152 PRK"
# Aspectual "went on to V" is no travel (042): only V is an event
# (worked out by hand: Japan criticises China, 111).
expect_exit 0 "$DYAD" explain "Japan went on to criticize China."
grep -q 'code 042' "$T/out" && { cat "$T/out" >&2; fail "'went on to' coded as travel"; }
expect_out 'code 111' "'went on to criticize' lost its event"
# A senior Russian lawmaker known by name is RUSLEG (data/dict/people.dict).
expect_exit 0 "$DYAD" explain "Leonid Slutsky criticized Japan."
expect_out 'Slutsky \[RUSLEG\]' "Slutsky is RUSLEG"
# Round 5 end to end (worked out by hand): a trip made to meet someone is
# one visit to them (FRAGOV 042 DEUGOV), no meeting of its own (040); the
# FBI is the US police (USACOP 173 RUSSPY).
expect_exit 0 "$DYAD" explain "The French president flew to Berlin to meet the German chancellor."
expect_out 'source French president \[FRAGOV\]  target German chancellor \[DEUGOV\]  code 042' "trip to meet: FRAGOV 042 DEUGOV"
grep -q 'code 040' "$T/out" && { cat "$T/out" >&2; fail "trip to meet coded a 040 too"; }
expect_exit 0 "$DYAD" explain "The FBI arrested a Russian spy."
expect_out '\[USACOP\].*\[RUSSPY\]  code 173' "FBI arrest: USACOP 173 RUSSPY"
# Sixth session, with dyad's own dictionaries (worked out by hand):
# disappointment with an actor's act decries it (DEU 111 RUS); "require"
# is a demand only of an actor required to act (IRN 100 DEU), not a need.
expect_exit 0 "$DYAD" explain "Germany was disappointed with the Russian decision."
expect_out 'source Germany \[DEU\]  target Russian \[RUS\]  code 111' "disappointed with: DEU 111 RUS"
expect_exit 0 "$DYAD" explain "Iran required Germany to leave."
expect_out 'source Iran \[IRN\]  target Germany \[DEU\]  code 100' "required X to: IRN 100 DEU"
expect_exit 0 "$DYAD" explain "Germany requires more money."
grep -q 'code 100' "$T/out" && { cat "$T/out" >&2; fail "a need coded as a demand"; }
# Figures that are no events (data/dict/idioms.dict, worked out by hand):
# an election rival beaten is no assault (182), tears fought back no
# fight (190), an exhibit no trip; a strike by workers is a strike (143).
expect_exit 0 "$DYAD" explain "Merkel beat her rival Martin Schulz in the election."
grep -q 'code 182' "$T/out" && { cat "$T/out" >&2; fail "election rival beaten coded as an assault"; }
expect_out 'not an event.*idioms.dict' "beat rival explained"
expect_exit 0 "$DYAD" explain "The president fought back tears as he spoke."
grep -q 'code 190' "$T/out" && { cat "$T/out" >&2; fail "tears fought back coded as a fight"; }
expect_exit 0 "$DYAD" explain "Israeli workers went on strike on Monday."
expect_out 'source Israeli workers \[ISRLAB\]  target -  code 143' "went on strike: ISRLAB 143"
# "at" + a country is at whom, not where (DEUGOV 111 RUS, no place: hitting out is
# criticism, 111, since the sixteenth session; was the residual 110); a
# future hosting with no visitor is no visit (the pattern's 043 became
# 036 before the check: "will host the Olympic Games" was JPN 036).
expect_exit 0 "$DYAD" explain "The German chancellor hit out at Russia."
expect_out 'source German chancellor \[DEUGOV\]  target Russia \[RUS\]  code 111' "hit out at Russia: DEUGOV 111 RUS"
grep -q 'place Russia' "$T/out" && { cat "$T/out" >&2; fail "'at Russia' taken for a place"; }
expect_exit 0 "$DYAD" explain "Japan will host the Olympic Games."
grep -q 'code 036' "$T/out" && { cat "$T/out" >&2; fail "hosting games coded as intent to meet"; }
# Drones shot down are air defence (190), not a killing (1823); a
# proposal shot down stays a rejection (idioms.dict, 120).
expect_exit 0 "$DYAD" explain "Ukrainian forces shot down 30 Russian drones overnight."
expect_out 'source Ukrainian forces \[UKRMIL\]  target Russian drones \[RUSMIL\]  code 190' "drones shot down: UKRMIL 190 RUSMIL"
# An international body after "at" is the venue when another target is
# named (IRN 111 ISR only, no IGOUNO target); a country after "at" is the
# target (PRK 190 JPN).
expect_exit 0 "$DYAD" explain "Iran criticized Israel at the United Nations."
expect_out 'source Iran \[IRN\]  target Israel \[ISR\]  code 111' "criticized Israel at the UN: IRN 111 ISR"
grep -q 'target the United Nations' "$T/out" && { cat "$T/out" >&2; fail "the UN as a venue taken for a target"; }
expect_exit 0 "$DYAD" explain "North Korea fired missiles at Japan."
expect_out 'source North Korea \[PRK\]  target Japan \[JPN\]  code 190' "fired missiles at Japan: PRK 190 JPN"
# An actor defending itself fights (UKR 190 RUS), defending a decision is
# a verbal defence (052).
expect_exit 0 "$DYAD" explain "Ukraine defended itself against the Russian invasion."
expect_out 'source Ukraine \[UKR\]  target Russian \[RUS\]  code 190' "defended itself: UKR 190 RUS"
# Criminal gangs attacking a police station commit violence (180), not a
# riot (145); police deployed to another country protect (074).
expect_exit 0 "$DYAD" explain "Gangs attacked a police station in the capital."
expect_out 'source Gangs \[CRM\]  target -  code 180' "gangs attacked a police station: CRM 180"
expect_exit 0 "$DYAD" explain "Kenya deploys police to Haiti."
expect_out 'source Kenya \[KEN\]  target Haiti \[HTI\]  code 074' "deploys police to Haiti: KEN 074 HTI"
# A state's protest is an official complaint (PHL 114 CHN), a people's is
# dissent (PSE 140 ISR); ships are no shipment ("ship water" read off the
# subject gave CHN 073 JPN); a name given is no criticism.
expect_exit 0 "$DYAD" explain "The Philippines protested to China over the water cannon incident."
expect_out 'source The Philippines \[PHL\]  target China \[CHN\]  code 114' "a state's protest: PHL 114 CHN"
expect_exit 0 "$DYAD" explain "Palestinians protested against Israel."
expect_out 'source Palestinians \[PSE\]  target Israel \[ISR\]  code 140' "a people's protest: PSE 140 ISR"
expect_exit 0 "$DYAD" explain "Chinese ships entered Japanese waters."
grep -q 'code 073' "$T/out" && { cat "$T/out" >&2; fail "ships entering waters coded as aid"; }
expect_exit 0 "$DYAD" explain "The islands, which Beijing calls the Diaoyu, are Chinese territory."
grep -q 'code 111' "$T/out" && { cat "$T/out" >&2; fail "a name given coded as criticism"; }
# Mediating between others is no act on each other; a meeting in one
# party's capital is no third location (040, not 044); "all parties" are
# the sides, not political parties (PTY).
expect_exit 0 "$DYAD" explain "Egypt and Saudi Arabia have tried to mediate between the warring sides."
grep -q 'target Saudi Arabia' "$T/out" && { cat "$T/out" >&2; fail "mediators coded as mediating each other"; }
expect_exit 0 "$DYAD" explain "Egypt and Saudi Arabia met in Cairo."
expect_out 'source Egypt \[EGY\]  target Saudi Arabia \[SAU\]  code 040' "met in Cairo: EGY 040 SAU"
expect_exit 0 "$DYAD" explain "Guterres called on all parties to protect civilians."
grep -q '\[PTY\]' "$T/out" && { cat "$T/out" >&2; fail "'all parties' taken for political parties"; }
# Sanctions agreed are imposed (IGOEUREEC 163 RUS); the war they are over is
# the cause, no act of the EU (was IGOEUREEC 190); sanctions "targeting"
# exports are no military force.
expect_exit 0 "$DYAD" explain "EU agrees new sanctions on Russia over Ukraine war"
expect_out 'source EU \[IGOEUREEC\]  target Russia \[RUS\]  code 163' "EU agrees sanctions: IGOEUREEC 163 RUS"
grep -q 'code 190' "$T/out" && { cat "$T/out" >&2; fail "the war a phrase is over coded as the EU's"; }
expect_exit 0 "$DYAD" explain "The European Union imposed sanctions on Russia, targeting its gas exports."
grep -q 'code 190' "$T/out" && { cat "$T/out" >&2; fail "sanctions targeting exports coded as force"; }
# A report's or study's authors are researchers (EDU).
expect_exit 0 "$DYAD" explain "The report's authors say iodine deficiency is a serious issue."
expect_out "source The report's authors \[EDU\]  target -  code 010" "the report's authors: EDU 010"
# A country owning the place a phrase is in ("in Sudan's Darfur") is
# where, not whom: the UN's statement has no target (was SDN).
printf "UN says 30 killed in attack on camp in Sudan's Darfur\n\nThe UN said so.\n" > "$T/h.txt"
expect_exit 0 "$DYAD" explain -i "$T/h.txt"
expect_out 'source UN \[IGOUNO\]  target -  code 010' "says ... in Sudan's Darfur: IGOUNO 010 -"
# An actor given a name is an evaluation (IRN 111 USA, was a phone call,
# 041); a thing given a name is no event (above).
expect_exit 0 "$DYAD" explain "Iran called the United States the Great Satan."
expect_out 'source Iran \[IRN\]  target United States \[USA\]  code 111' "called the US the Great Satan: IRN 111 USA"
# "The two leaders" are the two people named, also when one is
# remembered at the title before a long name after a dateline (CHNGOV 057
# BRAGOV and back; was no event).
printf 'T\n\nBEIJING, April 14 (Reuters) - Chinese President Xi Jinping welcomed Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday, and the two leaders signed 15 agreements on trade.\n' > "$T/x.txt"
expect_exit 0 "$DYAD" explain -i "$T/x.txt"
expect_out 'source two leaders \[CHNGOV\] (resolved)  target two leaders \[BRAGOV\] (resolved)  code 057' "the two leaders signed: CHNGOV 057 BRAGOV"
# An armed group's commander is the group (LBNREB, not LBNMIL); "Latin
# American countries" are the region (LAM), not the USA; the agent of a
# participle in the phrase ("a deal brokered by China") is no target: the
# two subjects act on each other.
expect_exit 0 "$DYAD" explain "The Israeli army killed a senior Hezbollah commander."
expect_out 'target commander \[LBNREBHEZ\]' "Hezbollah commander: LBNREBHEZ"
expect_exit 0 "$DYAD" explain "Venezuela expelled diplomats from seven Latin American countries."
grep -q '\[USA\]' "$T/out" && { cat "$T/out" >&2; fail "Latin American taken for the USA"; }
expect_exit 0 "$DYAD" explain "Saudi Arabia and Iran agreed to restore diplomatic ties in a deal brokered by China."
expect_out 'source Saudi Arabia \[SAU\]  target Iran \[IRN\]' "deal brokered by China: SAU -> IRN"
grep -q 'target China' "$T/out" && { cat "$T/out" >&2; fail "the broker taken for the target"; }
# A visit's host is the foreign place arrived in (INDGOV 042 USAGOV; was no
# target); arriving in one's own capital is no visit; "land in" arrives.
# A quote opened and closed with pairs of single marks (as word processors
# type them) is a quote; "us" inside it is its speaker (PAK 030 AFGELI;
# was two marks each side, no quote, and no target).
expect_exit 0 "$DYAD" explain "‘’Pakistan promised to help us,’’ says Karzai."
expect_out 'target us \[AFGELI\] (resolved)  code 030' "‘’...us’’ says Karzai: us -> Karzai"
expect_out 'speaker Karzai \[AFGELI\]' "‘’...’’ says Karzai: the quote's speaker"
expect_exit 0 "$DYAD" explain "Indian Prime Minister Narendra Modi arrived in Washington for a state visit."
expect_out 'source Narendra Modi \[INDGOV\]  target Washington \[USAGOV\]  code 042' "arrived in Washington: INDGOV 042 USAGOV"
expect_exit 0 "$DYAD" explain "The French president arrived in Paris."
grep -q 'code 042' "$T/out" && { cat "$T/out" >&2; fail "a trip home coded as a visit"; }
expect_exit 0 "$DYAD" explain "Putin landed in Pyongyang on Tuesday."
expect_out 'source Putin \[RUSGOV\]  target Pyongyang \[PRKGOV\]  code 042' "landed in Pyongyang: RUSGOV 042 PRKGOV"
# Military equipment given is the aid, not its recipient (NLD 0332 UKR
# only; "fighter jets" were a MIL target too); a former vice president is
# an elite (ELI), not the government.
expect_exit 0 "$DYAD" explain "The Netherlands will send F-16 fighter jets to Ukraine."
grep -q 'target fighter jets' "$T/out" && { cat "$T/out" >&2; fail "jets sent taken for a target"; }
expect_out 'source The Netherlands \[NLD\]  target Ukraine \[UKR\]' "jets sent to Ukraine: NLD -> UKR"
expect_exit 0 "$DYAD" explain "Ecuador's police stormed the Mexican embassy in Quito to arrest a former vice president."
expect_out 'target former vice president \[ECUELI\]' "former vice president: ECUELI"
# "welcome" between a subject and an object is the verb, not the web
# text's greeting (the WordNet-ensemble model tagged it INTJ, a
# "discourse" word of "Brazil", and coded nothing).
expect_exit 0 "$DYAD" explain "Brazil and Chile welcome a resumption of talks with Peru."
expect_out 'source Chile \[CHL\]  target Peru \[PER\]  code 051' "Brazil and Chile welcome ...: CHL 051 PER"
# Eighth session, through the shipped model and dictionaries: an agentless
# bombing is unidentified armed forces' of the place (no event before); an
# ethnic group is coded by the country it lives in (was SRB); an undated
# former president with his title is his country's government (was GOV).
expect_exit 0 "$DYAD" explain "Five Afghan soldiers were killed in a roadside bombing in Kandahar on Monday."
expect_out 'source bombing \[AFGUAF\]  target Afghan soldiers \[AFGMIL\]  code 1833' "roadside bombing: AFGUAF 1833 AFGMIL"
expect_exit 0 "$DYAD" explain "Bosnian Serbs demanded the release of their leader."
expect_out 'source Serbs \[BIH\]' "Bosnian Serbs: BIH"
expect_exit 0 "$DYAD" explain "President Francois Mitterrand criticized Iraq."
expect_out 'source Francois Mitterrand \[FRAGOV\]  target Iraq \[IRQ\]  code 111' "President Mitterrand undated: FRAGOV 111 IRQ"
# Negotiations are reciprocal (CAMEO 046: "two 046 events are coded with
# actors reversed"), and holding talks is negotiating: both directions.
expect_exit 0 "$DYAD" explain "Israel held talks with Lebanon on Tuesday."
expect_out 'source Israel \[ISR\]  target Lebanon \[LBN\]  code 046' "held talks: ISR 046 LBN"
expect_out 'source Lebanon \[LBN\]  target Israel \[ISR\]  code 046' "held talks: LBN 046 ISR"
# "receive" alone is no hosting (CAMEO's verb dictionary: RECEIVE [---]);
# receiving an actor is (043).
expect_exit 0 "$DYAD" explain "Senator Ann Example received the largest vote."
expect_no_out 'code 043' "received a vote: no 043"
expect_exit 0 "$DYAD" explain "Putin received Xi in Moscow."
expect_out 'source Putin \[RUSGOV\]  target Xi \[CHNGOV\]  code 043' "received a leader: 043"
# A telegraphic wire headline's complement is the speaker's own act.
expect_exit 0 "$DYAD" explain "Iran says will retaliate against Israel."
expect_out 'source Iran \[IRN\]  target Israel \[ISR\]  code 138' "telegraphic: IRN 138 ISR"
# Eleventh session: staff fired lose a job (was 138, a threat of force by
# the future); a quality demonstrated is no protest (was 140).
expect_exit 0 "$DYAD" explain "The company said it would fire the manager."
expect_out 'source company \[BUS\]  target -  code 010' "fire the manager: the statement stays"
expect_no_out 'code 13\|code 19' "fire the manager: no force"
expect_exit 0 "$DYAD" explain "The president demonstrated a lack of knowledge."
expect_no_out 'code 14' "demonstrated a lack: no protest"
# A name particle is no surname: "Al-Sharq" is not the "Shaikh Abdullah
# al-Ani" named before (was his code, "short name -> earlier full name");
# Shiites are Muslims of that branch (CAMEO MOS + SHI), of their country.
printf 'Guerrillas killed Shaikh Abdullah al-Ani, a preacher, on Monday.\n\nAl-Sharq al-Awsat reported the killing. Iraqi Shiites protested against Israel.\n' >"$T/particle.txt"
expect_exit 0 "$DYAD" explain -i "$T/particle.txt"
expect_out 'report       no actor' "Al-Sharq is no earlier al-Ani"
expect_out 'source Iraqi Shiites \[IRQMOSSHI\]  target Israel \[ISR\]' "Iraqi Shiites: IRQMOSSHI"
# Elections held are no meeting (was 044:044, "hold ... in").
expect_exit 0 "$DYAD" explain "Musharraf held elections in October of 2002."
expect_no_out 'code 04' "held elections: no meeting"
# A commission is a state body; "the Commission" again is the one named
# before (was no actor).
printf 'Commission rules\n\nThe Iraqi High Electoral Commission on Friday rejected the request. The Commission said it had no legal grounds.\n' >"$T/commission.txt"
expect_exit 0 "$DYAD" explain -i "$T/commission.txt"
expect_out 'source Commission \[IRQGOV\] (resolved)  target -  code 010' "the Commission: IRQGOV"
# A person named with a title keeps its code when named again: "Kalkat
# said" after "former Indian army general A S Kalkat" (was CVL, the
# unknown private person's code).
printf 'Talks fail\n\nAccording to former Indian army general A S Kalkat, the difficulty lay in the north. Kalkat said the rebels were strong.\n' >"$T/title.txt"
expect_exit 0 "$DYAD" explain -i "$T/title.txt"
expect_out 'source Kalkat \[INDMIL\] (resolved)' "Kalkat again: INDMIL"
# Welcoming an appointment endorses it (was 043, hosting the appointee).
expect_exit 0 "$DYAD" explain "Afghan officials welcomed the appointment of Lt. General Ashfaq Kiyani as the new ISI chief."
expect_out 'source Afghan officials \[AFGGOV\]  target ISI \[PAKSPY\]  code 051' "welcomed the appointment: 051"
# What someone is persuaded or convinced to do is the content of the
# appeal, not an act (was LKAREB 046, "come back to the negotiating table").
expect_exit 0 "$DYAD" explain "Japan tried to persuade the LTTE to come back to the negotiating table."
expect_out "come  *not an event the content of 'persuade'" "persuaded to come back: no event"
# Another person of a known family is no known person ("Laura Bush" is
# not the president); a pair of codes read off the words gives both
# events, not a code "040:040" (the parser hung "Bush" on "Monday").
printf '{"id":"b","date":"2004-06-01","text":"Laura Bush praised the soldiers. On Monday Bush met Blair."}\n' >"$T/bush.jsonl"
expect_exit 0 "$DYAD" code "$T/bush.jsonl"
expect_out '"source":{"text":"Laura Bush","code":"CVL"' "Laura Bush is no USAGOV"
expect_out '"source":{"text":"Bush","code":"USAGOV"' "Bush in 2004: USAGOV"
expect_out '"code":"040","root":"04"' "a pair of codes split"
expect_no_out '"code":"040:040"' "no pair code in the output"
# Meeting the press is a press conference, no meeting between two actors
# (was RUSGOV 040 MED both ways).
expect_exit 0 "$DYAD" explain "Putin met reporters in Moscow."
expect_out "meet  *not an event pattern coded '---'" "met reporters: no meeting"
# "is going to" is the future of the verb after it, no trip (was 042 by
# "go to"); engaging in attacks over the media is no combat (was 190);
# Saddam's Republican Guard is no US party (was USAPTY, "Republican").
expect_exit 0 "$DYAD" explain "Sistani is going to call the US."
expect_out 'source Sistani \[IRQELI\]  target US \[USA\]  code 036' "going to call: intent (036)"
expect_no_out 'code 042' "going to: no trip"
expect_exit 0 "$DYAD" explain "Ahmed Al-Chalabi and defense minister Hazim Al-Sha'lan have been engaging in shrill public attacks over the media."
expect_no_out 'code 19' "engaging in attacks over the media: no combat"
printf '{"id":"r","date":"1996-01-01","text":"The revolt was suppressed by the Republican Guard."}\n' >"$T/guard.jsonl"
expect_exit 0 "$DYAD" code "$T/guard.jsonl"
expect_out '"source":{"text":"Republican Guard","code":"IRQMIL"' "Republican Guard: IRQMIL"
# Talking about something with no one named consults no one (was
# RUSGOV 040 -); talking with someone stays a consultation.
expect_exit 0 "$DYAD" explain "Putin talked about the war. Lavrov talked with Blinken about Ukraine."
expect_out "talk  *not an event talking with no one named" "talked about the war: no 040"
expect_out 'source Lavrov \[RUSGOV\]  target Blinken \[USAGOV\]  code 040' "talked with Blinken: 040"
# Calling someone's bluff is a demand, no phone call (was 041 both ways).
expect_exit 0 "$DYAD" explain "Pervez Musharraf has now called Colin Powell's bluff."
expect_out 'source Pervez Musharraf \[PAKGOV\].*code 100' "called the bluff: 100"
expect_no_out 'code 041' "called the bluff: no phone call"
# An invasion occupies territory (CAMEO 192, the manual's own example).
expect_exit 0 "$DYAD" explain "Russia invaded Ukraine."
expect_out 'source Russia \[RUS\]  target Ukraine \[UKR\]  code 192' "invaded: 192"
# What is talked about is a topic, not a partner, also in the future
# ("going to talk about Iran" was RUS 036 IRN; "talked to Bush about Iran"
# has Bush, not Iran, as the other side).
expect_exit 0 "$DYAD" explain "Russia is going to talk about Iran. Putin talked to Bush about Iran."
expect_out "talk  *not an event talking with no one named" "going to talk about Iran: no event"
expect_no_out 'target Iran' "talk about Iran: Iran is no partner"
# An agent alone takes the country its paragraph names before it when the
# story as a whole has no focus; --no-local-country (TABARI's
# convention) leaves it without one.
printf 'Talks\n\nIraq criticized Iran.\n\nViolence rose in India. Officials praised the soldiers.\n' > "$T/k.txt"
expect_exit 0 "$DYAD" code -q "$T/k.txt"
expect_out '"source":{"text":"Officials","code":"INDGOV"' "officials of the paragraph's country"
expect_exit 0 "$DYAD" code -q --no-local-country "$T/k.txt"
expect_out '"source":{"text":"Officials","code":"GOV"' "--no-local-country: officials alone"
# A lead's dateline is parsed apart from its sentence: parsed together,
# "GAZA CITY" was the subject of "said" and "Israeli aircraft" its
# apposition, and the strike was lost; aircraft are the air force (195).
printf 'Strikes on Gaza\n\nGAZA CITY, June 15 (Reuters) - Israeli aircraft struck several targets in the Gaza Strip on Monday, hours after militants fired two rockets at southern Israel, the Israeli military said.\n' > "$T/dl.txt"
expect_exit 0 "$DYAD" parse "$T/dl.txt"
expect_out "^2	CITY	City	PROPN	NNP	[^	]*	35	dep" "dateline hung on the root as dep"
expect_out "^11	aircraft	aircraft	NOUN	[^	]*	[^	]*	12	nsubj" "aircraft: the subject of struck"
expect_exit 0 "$DYAD" code -q "$T/dl.txt"
expect_out '"code":"ISRMIL"[^}]*},"target":{"text":"Gaza Strip","code":"PSE"' "Israeli aircraft struck Gaza: ISRMIL"
expect_out '"code":"195"' "aircraft strike: 195"
exit 0
