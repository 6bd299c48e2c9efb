package dev.newsie.relations;

import dev.newsie.TestPipeline;
import dev.newsie.entities.EntityType;
import dev.newsie.output.ExtractionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One short sentence per relation pattern of models/relations.rules, run through the real pipeline. */
class RelationRulesTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("verb-object", "Vladimir Putin visited North Korea in June 2024.", "Vladimir Putin|visit|North Korea"),
                Arguments.of("join-from", "Jane Doe joined Microsoft from Google in 2019.", "Jane Doe|leave|Google"),
                Arguments.of("move-from", "Jane Doe moved from Google to Microsoft in 2019.", "Jane Doe|leave|Google"),
                Arguments.of("resign-as-role-of", "Martin Ashcroft resigned as chief executive of Northbridge Bank on Thursday.",
                        "Martin Ashcroft|leave|Northbridge Bank"),
                Arguments.of("resign-as-role-of", "Bob Iger stepped down as chief executive of Disney in 2020.", "Bob Iger|leave|Disney"),
                Arguments.of("appointer-holds-role", "Kingfisher hired Thierry Garnier as its new chief executive.",
                        "Thierry Garnier|new chief executive of|Kingfisher"),
                Arguments.of("tie-apposition-possessive", "Nassef Sawiris, Aston Villa's largest shareholder, met Unai Emery.",
                        "Nassef Sawiris|shareholder of|Aston Villa"),
                Arguments.of("take-to-court", "Microsoft has previously taken Apple and Google to court over their app stores.", "Microsoft|sue|Google"),
                Arguments.of("residence-verb-in", "Edmundo González has lived in exile in Spain since September.",
                        "Edmundo González|live in|Spain"),
                Arguments.of("residence-verb-in", "Salman Rushdie, who lives in the United States, spoke on Monday.",
                        "Salman Rushdie|live in|United States"),
                Arguments.of("verb-preposition", "Angela Merkel met with Emmanuel Macron in Berlin.", "Angela Merkel|meet with|Emmanuel Macron"),
                Arguments.of("verb-at-workplace", "Aiko Morimoto previously worked at the Japan Meteorological Agency.",
                        "Aiko Morimoto|work at|Japan Meteorological Agency"),
                Arguments.of("verb-at-workplace", "The centre will be led by Aiko Morimoto, a seismologist who previously worked at the "
                        + "Japan Meteorological Agency.", "Aiko Morimoto|work at|Japan Meteorological Agency"),
                Arguments.of("passive-employed-by", "Lee Jun-seo was employed by Haesong Industrial, a subcontractor.",
                        "Lee Jun-seo|employed by|Haesong Industrial"),
                Arguments.of("organization-apposition-country-superlative", "Greenpeace accused producers such as Siam Cane Group, "
                        + "Thailand's biggest, which supplies sugar to China.", "Siam Cane Group|based in|Thailand"),
                Arguments.of("verb-in-favour-of", "The High Court in Nairobi ruled on Wednesday in favour of Orbis Bank.",
                        "High Court|rule in favour of|Orbis Bank"),
                Arguments.of("joint-venture-apposition-owners", "Peru awarded the contract to Consorcio Rimac, a joint venture of the Spanish "
                        + "builder Construcciones Meseta and China Railway Construction Corporation.",
                        "China Railway Construction Corporation|partner in joint venture|Consorcio Rimac"),
                Arguments.of("joint-venture-copula-owners", "Consorcio Rimac is a joint venture of the Spanish builder Construcciones Meseta "
                        + "and China Railway Construction Corporation.", "Construcciones Meseta|partner in joint venture|Consorcio Rimac"),
                Arguments.of("sited-institution-in-country", "Lena Hart, a surgeon at Saint Anna University Hospital in Ghent, Belgium, "
                        + "travelled to Vancouver.", "Saint Anna University Hospital|based in|Belgium"),
                Arguments.of("sited-institution-in-country", "He trained at the Northfield Medical Center in the United States.",
                        "Northfield Medical Center|based in|United States"),
                Arguments.of("person-of-sited-institution-in-country", "Joel Ssempijja of Makerere University in Uganda led the African sites.",
                        "Makerere University|based in|Uganda"),
                Arguments.of("sited-institution-in-country", "The Rzeszów District Court in south-eastern Poland on Thursday ordered a full "
                        + "recount.", "Rzeszów District Court|based in|Poland"),
                Arguments.of("lose-to-winner", "Spain lost against Morocco on penalties.", "Morocco|defeat|Spain"),
                Arguments.of("verb-takeover-by-buyer", "The European Commission blocked the acquisition of Arm by Nvidia in 2022.",
                        "European Commission|block acquisition by|Nvidia"),
                Arguments.of("spend-years-at", "Maria Lopez spent a decade at Goldman Sachs before joining Shell.", "Maria Lopez|work at|Goldman Sachs"),
                Arguments.of("organization-of-country", "The league voted to admit the Silesia Steelers of Poland.", "Silesia Steelers|based in|Poland"),
                Arguments.of("organization-class-noun-of-country", "Clearway Environmental is owned by the Paprec group of France.", "Paprec|based in|France"),
                Arguments.of("apposition-title-on-body", "Sarah Whitcombe is married to Daniel Whitcombe, a councillor on Leeds City Council, "
                        + "who said he would stay out of the case.", "Daniel Whitcombe|councillor on|Leeds City Council"),
                Arguments.of("rejected-claim", "Ukraine accused Russia of shelling the plant, a charge Moscow denies.", "Russia|deny|Ukraine"),
                Arguments.of("verb-preposition-lose", "Siemens lost with Alstom in the bidding.", "Siemens|lose with|Alstom"),
                Arguments.of("verb-on-behalf-of", "The International Testing Agency, which runs anti-doping programmes on behalf of the Union "
                        + "Cycliste Internationale, rejected the criticism.", "International Testing Agency|act on behalf of|Union Cycliste Internationale"),
                Arguments.of("copula-possessed-role-name", "Kestrel Motors, whose chairman is Hiroshi Tanabe, recalled 90,000 vehicles in Japan.",
                        "Hiroshi Tanabe|chairman of|Kestrel Motors"),
                Arguments.of("possessive-rival-modifier", "Navatech Systems, whose rival Tarang Infotech opened a laboratory in Tokyo, "
                        + "has expanded in Japan.", "Tarang Infotech|rival of|Navatech Systems"),
                Arguments.of("nominal-takeover-possessed-by-person", "Twitter's takeover by Elon Musk closed in October.",
                        "Elon Musk|takeover of|Twitter"),
                Arguments.of("verb-thing-preposition", "China does not supply weapons to Russia.", "China|supply weapons to|Russia"),
                Arguments.of("verb-thing-preposition-stance", "Ukraine sought weapons from Germany.", "Ukraine|seek weapons from|Germany"),
                Arguments.of("verb-recipient-thing", "Germany gave Ukraine 18 Leopard tanks.", "Germany|give tanks to|Ukraine"),
                Arguments.of("verb-recipient-thing", "The United States sent Israel more weapons.", "United States|send weapons to|Israel"),
                Arguments.of("verb-recipient-sum", "The IMF lent Egypt $3 billion.", "IMF|lend|Egypt"),
                Arguments.of("verb-recipient-currency", "The European Commission fined Google 2.4 billion euros.", "European Commission|fine|Google"),
                Arguments.of("verb-thing-toward", "North Korea launched a missile toward Japan.", "North Korea|launch missile toward|Japan"),
                Arguments.of("become-role-of", "Kamala Harris became vice president of the United States.",
                        "Kamala Harris|vice president of|United States"),
                Arguments.of("become-role-of", "Finland became a member of NATO in 2023.", "Finland|member of|NATO"),
                Arguments.of("remain-role-of", "Ali Khan remains chief executive of Orbis Bank.", "Ali Khan|chief executive of|Orbis Bank"),
                Arguments.of("appointed-role-of", "Rishi Sunak was appointed prime minister of Britain.", "Rishi Sunak|prime minister of|United Kingdom"),
                Arguments.of("appointed-role-of", "Joe Biden was elected president of the United States in 2020.", "Joe Biden|president of|United States"),
                Arguments.of("verb-thing-from", "Nigeria will withdraw the peacekeeping force from Chad unless Chad holds elections.",
                        "Nigeria|withdraw force from|Chad"),
                Arguments.of("verb-other-object-preposition", "Boeing delivers final 717 to AirTran.", "Boeing|deliver to|AirTran"),
                Arguments.of("verb-possessed-object", "The GAO upheld Boeing's protest.", "GAO|uphold protest of|Boeing"),
                Arguments.of("verb-possessed-object", "SoftBank already owns most of the chip designer Arm Holdings.", "SoftBank|own most of|Arm Holdings"),
                Arguments.of("verb-possessed-object", "Amara Okafor, who heads Google's network infrastructure in Africa, said traffic had "
                        + "been shifted.", "Amara Okafor|head infrastructure of|Google"),
                Arguments.of("verb-noun-to-verb", "EADS won a contract to supply the Royal Air Force.", "EADS|supply|Royal Air Force"),
                Arguments.of("verb-between", "The contract was fought for between Boeing and Lockheed Martin.", "Boeing|fight with|Lockheed Martin"),
                Arguments.of("light-verb-noun-preposition", "China will hold talks with South Korea.", "China|hold talks with|South Korea"),
                Arguments.of("light-verb-noun-preposition", "Estonia shares a 300-km border with Russia.", "Estonia|share border with|Russia"),
                Arguments.of("light-verb-noun-preposition", "Ethiopia signed a memorandum of understanding with Kenya.", "Ethiopia|sign memorandum with|Kenya"),
                Arguments.of("apposition-members-of-conjoined", "Vietnam and the Philippines, both members of the Association of "
                        + "Southeast Asian Nations, agreed last year to cooperate.", "Philippines|member of|Association of Southeast Asian Nations"),
                Arguments.of("apposition-member-of", "Estonia, a member of both NATO and the European Union, expelled a diplomat.",
                        "Estonia|member of|European Union"),
                Arguments.of("apposition-member-of", "Japan, a close ally of the United States, protested.", "Japan|ally of|United States"),
                Arguments.of("made-visit-to", "Xi Jinping made a state visit to France last May.", "Xi Jinping|visit|France"),
                Arguments.of("passive-agent", "Boeing was defeated by Airbus.", "Airbus|defeat|Boeing"),
                Arguments.of("passive-harm-in-strike", "Hassan Nasrallah was killed in an Israeli airstrike in Beirut.", "Israel|kill|Hassan Nasrallah"),
                Arguments.of("copula-on-visit", "Antony Blinken is on a three-day visit to Israel.", "Antony Blinken|visit|Israel"),
                Arguments.of("copula-on-visit", "Sitiveni Rabuka, who is on a four-day visit to Australia, confirmed the deal.",
                        "Sitiveni Rabuka|visit|Australia"),
                Arguments.of("passive-harm-in-strike", "Ayman al-Zawahiri was killed in a US drone strike in Kabul.", "United States|kill|Ayman al-Zawahiri"),
                Arguments.of("passive-harm-in-strike", "Three Ukrainian soldiers were wounded by a Russian missile.", "Russia|wound|Ukraine"),
                Arguments.of("win-thing-from", "Airbus won a contract from India.", "Airbus|win contract from|India"),
                Arguments.of("win-thing-from", "Algeria won independence from France in 1962.", "Algeria|win independence from|France"),
                Arguments.of("participle-agent-apposition", "Hezbollah, the militant group led by Hassan Nasrallah, fired rockets.",
                        "Hassan Nasrallah|lead|Hezbollah"),
                Arguments.of("participle-agent-apposition",
                        "The Rapid Support Forces, a paramilitary force led by Mohamed Hamdan Dagalo, attacked the camp.",
                        "Mohamed Hamdan Dagalo|lead|Rapid Support Forces"),
                Arguments.of("participle-agent", "Ukraine, invaded by Russia in 2022, wants to join NATO.", "Russia|invade|Ukraine"),
                Arguments.of("participle-agent", "Kim Jong-un, greeted by Vladimir Putin at the station, smiled.", "Vladimir Putin|greet|Kim Jong-un"),
                Arguments.of("participle-agent-owned-body", "Sudan's government, led by General Abdel Fattah al-Burhan, accused the United Arab Emirates.",
                        "Abdel Fattah al-Burhan|lead|Sudan"),
                Arguments.of("participle-agent-thing-preposition", "The sanctions imposed by the United States on Iran hurt its economy.",
                        "United States|impose sanctions on|Iran"),
                Arguments.of("conjoined-subjects-joint-event", "India and China held a new round of border talks.", "India|hold talks with|China"),
                Arguments.of("arranged-joint-act-participle", "Armenia and Azerbaijan signed a peace deal brokered by the United States.",
                        "United States|broker deal between|Azerbaijan"),
                Arguments.of("arranged-joint-act-participle", "Israel and Hamas agreed a truce mediated by Qatar.",
                        "Qatar|mediate truce between|Israel"),
                Arguments.of("conjoined-subjects-joint-event", "South Korea and China will hold talks next week.", "South Korea|hold talks with|China"),
                Arguments.of("conjoined-subjects-reciprocal", "Joe Biden and Xi Jinping met in San Francisco.", "Joe Biden|meet|Xi Jinping"),
                Arguments.of("conjoined-subjects-change-joint-relation", "South Korea and Japan restored diplomatic ties.",
                        "South Korea|restore ties with|Japan"),
                Arguments.of("conjoined-subjects-change-joint-relation", "Colombia and Israel cut ties in 2024.", "Colombia|cut ties with|Israel"),
                Arguments.of("conjoined-subjects-reciprocal-thing", "Ukraine and Russia exchanged prisoners.", "Ukraine|exchange prisoners with|Russia"),
                Arguments.of("conjoined-subjects-reciprocal-thing", "India and Pakistan exchanged fire.", "India|exchange fire with|Pakistan"),
                Arguments.of("conjoined-subjects-reciprocal-thing", "Vladimir Putin and Kim Jong Un shook hands.", "Vladimir Putin|shake hands with|Kim Jong Un"),
                Arguments.of("verb-as-occupation-at-noun", "Nathalie Caron worked as a nurse at Maisonneuve-Rosemont Hospital in "
                        + "Montreal for nineteen years.", "Nathalie Caron|nurse at|Maisonneuve-Rosemont Hospital"),
                Arguments.of("counsel-firm-of-client", "Martin Ashcroft resigned on Monday. His lawyers at the firm Mishcon de Reya said he "
                        + "would cooperate.", "Mishcon de Reya|represent|Martin Ashcroft"),
                Arguments.of("raise-money-from-investor", "Northwind Technologies has raised 600 million kroner from investors including "
                        + "Nordkapp Invest.", "Nordkapp Invest|invest in|Northwind Technologies"),
                Arguments.of("raise-money-from-investor", "Northwind Technologies raised $210 million from a group of investors led by "
                        + "Kinetic Africa Partners.", "Kinetic Africa Partners|invest in|Northwind Technologies"),
                Arguments.of("passive-repeated-by-agents-joint-thing", "The loan agreement was signed in Muscat by Kenji Morita, an "
                        + "officer of JBIC, and by Faisal Al Harthy, the chief executive of Duqm Green Iron.",
                        "Kenji Morita|sign agreement with|Faisal Al Harthy"),
                Arguments.of("passive-conjoined-agents-joint-thing", "The treaty was signed by Britain and France in 1904.", "United Kingdom|sign treaty with|France"),
                Arguments.of("passive-conjoined-agents-joint-thing", "A ceasefire was agreed by Israel and Hamas on Friday.", "Israel|agree ceasefire with|Hamas"),
                Arguments.of("verb-sum-in-thing-to", "The United States sent $300 million in weapons to Israel.", "United States|send weapons to|Israel"),
                Arguments.of("verb-currency-in-thing-to", "Germany pledged 5 billion euros in military aid to Ukraine.", "Germany|pledge aid to|Ukraine"),
                Arguments.of("verb-currency-in-thing-to", "Britain announced 2.5 billion pounds in aid for Ukraine.", "United Kingdom|announce aid to|Ukraine"),
                Arguments.of("verb-converted-sum-in-thing-to", "Britain announced 120 million pounds ($162 million) in new funding for Sudan.",
                        "United Kingdom|announce funding to|Sudan"),
                Arguments.of("arrival-in", "Antony Blinken arrived in Israel on Thursday.", "Antony Blinken|arrive in|Israel"),
                Arguments.of("arrival-in", "Emmanuel Macron arrived in China on Wednesday.", "Emmanuel Macron|arrive in|China"),
                Arguments.of("succeeded-by-as-role-of", "Jens Stoltenberg was replaced by Mark Rutte as secretary general of NATO.",
                        "Mark Rutte|secretary general of|NATO"),
                Arguments.of("succeeded-by-as-role-possessive", "Rishi Sunak was succeeded by Keir Starmer as Britain's prime minister.",
                        "Keir Starmer|prime minister of|United Kingdom"),
                Arguments.of("person-apposition-from-country", "Maria Santos, a singer from Brazil, won the award.", "Maria Santos|singer from|Brazil"),
                Arguments.of("verb-as-role-of", "Bob Iger stepped down as chief executive of Disney.", "Bob Iger|chief executive of|Disney"),
                Arguments.of("verb-as-role-of", "Jens Stoltenberg served as secretary general of NATO.", "Jens Stoltenberg|secretary general of|NATO"),
                Arguments.of("verb-as-role-of", "Peter Lindqvist will stay on as an adviser to the Harbourside Theatre Company.",
                        "Peter Lindqvist|adviser to|Harbourside Theatre Company"),
                Arguments.of("verb-as-role-in-government", "Jeannette Jara served as labour minister in the government of President Gabriel Boric.",
                        "Jeannette Jara|labour minister of|Chile"),
                Arguments.of("verb-as-role-at", "Lula worked as a union leader at Volkswagen.", "Lula|union leader at|Volkswagen"),
                Arguments.of("verb-as-role-possessive", "Jens Stoltenberg served as NATO's secretary general.", "Jens Stoltenberg|secretary general of|NATO"),
                Arguments.of("nominal-joint-event-between", "The ceasefire between Israel and Hamas held.", "Israel|ceasefire with|Hamas"),
                Arguments.of("nominal-joint-event-of", "The merger of Harwood Foods and Greenvale Markets was completed on Monday.", "Harwood Foods|merger with|Greenvale Markets"),
                Arguments.of("kin-conjoined-apposition", "Marta Kowalczyk thanked her coach and husband, Tomasz Wrona, a former national champion.",
                        "Tomasz Wrona|husband of|Marta Kowalczyk"),
                Arguments.of("personal-role-conjoined-apposition", "Marta Kowalczyk thanked her coach and husband, Tomasz Wrona, a former national champion.",
                        "Tomasz Wrona|coach of|Marta Kowalczyk"),
                Arguments.of("nominal-event-possessed-by-agent", "Ukraine's invasion by Russia began in 2022.", "Russia|invasion of|Ukraine"),
                Arguments.of("nominal-event-possessed-by-agent", "Football club Wexcombe Rovers appointed Michael Reyes, a day after the club's takeover by the investment fund Beacon Ridge Capital.",
                        "Beacon Ridge Capital|takeover of|Wexcombe Rovers"),
                Arguments.of("nominal-joint-event-of", "The meeting of Vladimir Putin and Kim Jong-un lasted four hours.", "Vladimir Putin|meeting with|Kim Jong-un"),
                Arguments.of("conjoined-subjects-joint-event", "Sony and Honda formed a joint venture.", "Sony|form venture with|Honda"),
                Arguments.of("verb-joint-relation-with", "Colombia cut diplomatic ties with Israel.", "Colombia|cut ties with|Israel"),
                Arguments.of("passive-agent-thing-preposition", "Sanctions against Russia were extended by the European Union.",
                        "European Union|extend sanctions against|Russia"),
                Arguments.of("passive-agent-thing-preposition", "Military aid to Ukraine was approved by the United States.",
                        "United States|approve aid to|Ukraine"),
                Arguments.of("conjoined-subjects-their-joint-relation", "Iran and Russia deepened their military cooperation.",
                        "Iran|deepen cooperation with|Russia"),
                Arguments.of("verb-thing-against", "Donald Trump won the election against Kamala Harris.", "Donald Trump|win election against|Kamala Harris"),
                Arguments.of("verb-thing-against", "George Bush threatened further action against Russia.", "George Bush|threaten action against|Russia"),
                Arguments.of("deed-verb-measure-preposition", "Japan lodged a protest with China over the detention.", "Japan|lodge protest with|China"),
                Arguments.of("verb-stake-in", "Fiat took a 20 percent stake in Chrysler.", "Fiat|take stake in|Chrysler"),
                Arguments.of("verb-share-of", "Hanbit Value Partners, an activist fund that owns 3 percent of Hanul Foods, accused him.",
                        "Hanbit Value Partners|own percent of|Hanul Foods"),
                Arguments.of("verb-share-of", "The National Pension Service, which holds 9 percent of Hanul Foods' shares, backed the plan.",
                        "National Pension Service|hold percent of|Hanul Foods"),
                Arguments.of("based-in-as-preposition", "Waymark Robotics, a start-up based in Pittsburgh in the United States, supplied the "
                        + "software.", "Waymark Robotics|based in|United States"),
                Arguments.of("based-in-as-preposition", "The Brest Criminal Court on Thursday fined Aegean Crest Maritime, a shipping "
                        + "company based in Piraeus, Greece, €18 million over an oil spill.", "Aegean Crest Maritime|based in|Greece"),
                Arguments.of("registered-in-apposition", "Blue Horizon Shipping, a company registered in the United Arab Emirates, stopped "
                        + "paying the crew.", "Blue Horizon Shipping|registered in|United Arab Emirates"),
                Arguments.of("country-possessive-ministry", "The Philippines' Department of Migrant Workers will pay for the flights.",
                        "Department of Migrant Workers|part of|Philippines"),
                Arguments.of("tie-possessive-apposition-name", "The money was paid by Blue Horizon's insurer, the Norwegian firm Nordhav P&I.",
                        "Nordhav P&I|insurer of|Blue Horizon"),
                Arguments.of("invest-in", "Chrysler's partner Fiat will invest in the company.", "Fiat|invest in|Chrysler"),
                Arguments.of("tie-copula-of", "Audi is a subsidiary of Volkswagen.", "Audi|subsidiary of|Volkswagen"),
                Arguments.of("tie-copula-of", "Warren Buffett is the largest shareholder of Apple.", "Warren Buffett|shareholder of|Apple"),
                Arguments.of("tie-company-copula-of", "Volkswagen is the parent company of Audi.", "Volkswagen|parent company of|Audi"),
                Arguments.of("tie-apposition-of", "EADS, the main shareholder of Airbus, announced job cuts.", "EADS|shareholder of|Airbus"),
                Arguments.of("tie-apposition-of", "Tata Motors, the owner of Jaguar Land Rover, reported record profits.", "Tata Motors|owner of|Jaguar Land Rover"),
                Arguments.of("tie-company-apposition-of", "EADS, the parent company of Airbus, announced job cuts.", "EADS|parent company of|Airbus"),
                Arguments.of("tie-possessive-name", "Airbus's parent EADS announced job cuts.", "EADS|parent of|Airbus"),
                Arguments.of("kin-conjoined-possessive-apposition", "Gohar Khan spoke. He vowed to protest until Imran Khan and his "
                        + "wife, Bushra Bibi, were freed.", "Bushra Bibi|wife of|Imran Khan"),
                // a company's executives act for it (agent-extras.tsv), as a state's officials do
                Arguments.of("verb-object", "Gabriel Boric later met executives of Mitsubishi Corporation in Tokyo.",
                        "Gabriel Boric|meet|Mitsubishi Corporation"),
                Arguments.of("tie-compound-name", "Audi parent Volkswagen reported higher profits.", "Volkswagen|parent of|Audi"),
                Arguments.of("tie-compound-name", "GM unit Opel will be sold to Magna.", "Opel|unit of|GM"),
                Arguments.of("tie-company-compound-name", "Airbus parent company EADS reported a loss.", "EADS|parent company of|Airbus"),
                Arguments.of("delegation-led-by-title", "Qatar hosted the talks. The Congolese delegation was led by Foreign Minister Thérèse Kayikwamba Wagner.",
                        "Thérèse Kayikwamba Wagner|foreign minister of|Democratic Republic of Congo"),
                Arguments.of("delegation-led-by-title", "Qatar hosted the talks. The Congolese delegation, led by Foreign Minister Thérèse Kayikwamba "
                        + "Wagner, arrived in Doha.", "Thérèse Kayikwamba Wagner|foreign minister of|Democratic Republic of Congo"),
                Arguments.of("delegation-led-by-title", "Qatar hosted the talks. Foreign Minister Thérèse Kayikwamba Wagner headed Congo's delegation.",
                        "Thérèse Kayikwamba Wagner|foreign minister of|Congo"),
                Arguments.of("demonym-field-title-name", "Indonesian Defense Minister Sjafrie Sjamsoeddin met Wang Yi.",
                        "Sjafrie Sjamsoeddin|defense minister of|Indonesia"),
                Arguments.of("demonym-institution-title-name", "Iranian foreign ministry spokesman Esmaeil Baghaei condemned the measures.",
                        "Esmaeil Baghaei|spokesman of|Iran"),
                Arguments.of("tie-company-possessive-apposition", "Airbus cut jobs. The news comes as its parent company, EADS, starts "
                        + "a restructuring programme.", "EADS|parent company of|Airbus"),
                Arguments.of("conjoined-partners", "Nissan and Renault are partners in an alliance.", "Nissan|partners with|Renault"),
                Arguments.of("representatives-of-conjoined-reciprocal", "The heads of France and Germany met in Berlin.", "France|meet|Germany"),
                Arguments.of("representatives-of-conjoined-joint-event", "The heads of India and China held talks in Moscow.",
                        "India|hold talks with|China"),
                Arguments.of("become-role-possessive", "Mark Rutte became NATO's secretary general in October.", "Mark Rutte|secretary general of|NATO"),
                Arguments.of("apposition-role-of", "Jake Sullivan, the national security adviser to President Joe Biden, met Wang Yi.",
                        "Jake Sullivan|national security adviser to|Joe Biden"),
                Arguments.of("verb-joint-relation-with", "Russia suspended talks with Ukraine.", "Russia|suspend talks with|Ukraine"),
                Arguments.of("verb-joint-relation-with", "Israel did not attend the talks with Hamas.", "Israel|attend talks with|Hamas"),
                Arguments.of("verb-joint-relation-with", "Argentina negotiated a new loan with the IMF.", "Argentina|negotiate loan with|IMF"),
                Arguments.of("verb-joint-relation-with", "Iran negotiated a prisoner swap with the United States.", "Iran|negotiate swap with|United States"),
                Arguments.of("deed-verb-measure-preposition", "South Africa filed a case against Israel.", "South Africa|file case against|Israel"),
                Arguments.of("conjoined-subjects-their-joint-relation", "Czechia and Albania have upgraded their diplomatic ties.",
                        "Czech Republic|upgrade ties with|Albania"),
                Arguments.of("conjoined-subjects-reciprocal-in-compound", "In September 2023, Russian President Vladimir Putin and North Korean "
                        + "State Affairs Commission Chairman Kim Jong-un met at the Vostochny Cosmodrome.", "Vladimir Putin|meet|Kim Jong-un"),
                Arguments.of("nominal-visit", "Vladimir Putin's visit to North Korea worried Japan.", "Vladimir Putin|visit|North Korea"),
                Arguments.of("nominal-joint-event-between", "The summit between Donald Trump and Kim Jong-un ended early.", "Donald Trump|summit with|Kim Jong-un"),
                Arguments.of("nominal-event-with", "China's dispute with Japan deepened.", "China|dispute with|Japan"),
                Arguments.of("demonym-title-name", "Russian President Vladimir Putin arrived.", "Vladimir Putin|president of|Russia"),
                Arguments.of("nominal-visit-place-before", "Macron's China trip drew criticism from Washington.", "Macron|visit|China"),
                Arguments.of("country-possessive-title-name", "Britain's King Charles hosted Emmanuel Macron.", "Charles|king of|United Kingdom"),
                Arguments.of("country-possessive-title-name", "Jordan's Queen Rania visited Paris.", "Rania|queen of|Jordan"),
                Arguments.of("country-possessive-title-name-past-holder", "Spain's former King Juan Carlos visited Abu Dhabi.",
                        "Juan Carlos|former king of|Spain"),
                Arguments.of("country-title-name-adjective", "Hezbollah chief Hassan Nasrallah spoke on Friday.",
                        "Hassan Nasrallah|chief of|Hezbollah"),
                Arguments.of("country-title-name-adjective", "IAEA chief Rafael Grossi visited Iran.", "Rafael Grossi|chief of|IAEA"),
                Arguments.of("country-title-name-adjective-past-holder", "Late IAEA chief Yukiya Amano visited Iran.",
                        "Yukiya Amano|late chief of|IAEA"),
                Arguments.of("country-two-word-title-name", "Hyundai Rotem Chief Executive Lee Yong-bae signed the contract.",
                        "Lee Yong-bae|chief executive of|Hyundai Rotem"),
                Arguments.of("country-title-name", "US President Joe Biden spoke.", "Joe Biden|president of|United States"),
                Arguments.of("title-holder-shared-in-list", "Russian President Vladimir Putin and Foreign Minister Sergei Lavrov met Xi Jinping.",
                        "Sergei Lavrov|foreign minister of|Russia"),
                Arguments.of("demonym-title-name-flat", "German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin.",
                        "Olaf Scholz|chancellor of|Germany"),
                Arguments.of("copula-role-possessive", "Yoko Kamikawa, who is Japan's foreign minister, visited Seoul.",
                        "Yoko Kamikawa|foreign minister of|Japan"),
                Arguments.of("copula-role-possessive", "Vladimir Putin is Russia's president.", "Vladimir Putin|president of|Russia"),
                Arguments.of("title-comma-name", "Discussing his concern in a public statement, Malaysia's Prime Minister, Najib Razak said, "
                        + "\"We are in contact with all relevant parties.\"", "Najib Razak|prime minister of|Malaysia"),
                Arguments.of("title-its-apposition-name", "Turkmenistan sent its foreign minister, Rashid Meredov, as an observer.",
                        "Rashid Meredov|foreign minister of|Turkmenistan"),
                Arguments.of("organization-apposition-class-noun-in-country", "Gazprom, a gas company in Russia, cut supplies.",
                        "Gazprom|based in|Russia"),
                Arguments.of("represent-workforce-of", "AIPA, which represents Qantas pilots, said the strike would go ahead.", "AIPA|represent|Qantas"),
                Arguments.of("represent-workforce-of", "The IG Metall union, which represents most of Volkswagen's workers, called a strike.",
                        "IG Metall|represent|Volkswagen"),
                Arguments.of("host-talks-between", "Qatar hosted a new round of talks between Armenia and Azerbaijan on Monday.", "Qatar|host talks with|Azerbaijan"),
                Arguments.of("offer-from-author", "Unilever rejected an offer from Kraft Heinz in 2017.", "Kraft Heinz|offer|Unilever"),
                Arguments.of("offer-turned-down-from-author", "Unilever turned down an offer from Kraft Heinz in 2017.", "Kraft Heinz|offer|Unilever"),
                Arguments.of("organization-apposition-class-noun-in-country", "Holzmann blamed its supplier, Drewpol, a family firm from "
                        + "Poland, for the fault.", "Drewpol|based in|Poland"),
                Arguments.of("tie-apposition-compound", "Opel, the GM unit, cut jobs.", "Opel|unit of|GM"),
                Arguments.of("party-of-person", "The ruling Likud party of Benjamin Netanyahu won the vote.", "Benjamin Netanyahu|leader of|Likud"),
                Arguments.of("deed-verb-measure-demonym-target", "Canada imposed sanctions on Russian banks.", "Canada|impose sanctions on|Russia"),
                Arguments.of("apposition-role-of", "Sun Weidong, Vice Foreign Minister of China, arrived.", "Sun Weidong|vice foreign minister of|China"),
                Arguments.of("apposition-role-possessive", "Sun Weidong, China's vice foreign minister, arrived.", "Sun Weidong|vice foreign minister of|China"),
                Arguments.of("copula-role-of", "Emmanuel Macron is the president of France.", "Emmanuel Macron|president of|France"),
                Arguments.of("copula-role-of", "Ruiz's husband, David Ruiz, is a captain in the Los Angeles Fire Department.",
                        "David Ruiz|captain in|Los Angeles Fire Department"),
                Arguments.of("party-politician", "British Culture Secretary Lisa Nandy, a Labour politician, said the government had no plans.",
                        "Lisa Nandy|member of|Labour"),
                Arguments.of("sit-on-board-of", "Daniela Cavallo sits on Volkswagen's supervisory board.", "Daniela Cavallo|sit on board of|Volkswagen"),
                Arguments.of("sit-on-board-of", "Jane Doe serves on the board of Shell.", "Jane Doe|serve on board of|Shell"),
                Arguments.of("unit-at-organization", "The Pitt Rivers Museum at the University of Oxford handed over twelve objects to Nigeria.",
                        "Pitt Rivers Museum|part of|University of Oxford"),
                Arguments.of("country-title-name", "Facebook co-founder Mark Zuckerberg tweeted.", "Mark Zuckerberg|co-founder of|Facebook"),
                Arguments.of("appointer-holds-role", "Ford hired Jim Farley as chief executive.", "Jim Farley|chief executive of|Ford"),
                Arguments.of("passive-state-preposition", "Finland was admitted to NATO in 2023.", "Finland|admit to|NATO"),
                Arguments.of("tie-apposition-of", "Nordvik Invest, the investment arm of Fjellheim Group, bought the stake.",
                        "Nordvik Invest|arm of|Fjellheim Group"),
                Arguments.of("copula-occupation-at", "Tomás Ruiz is an engineer at SpaceX.", "Tomás Ruiz|engineer at|SpaceX"),
                Arguments.of("copula-occupation-at", "Jane Doe is an engineer in Siemens.", "Jane Doe|engineer in|Siemens"),
                Arguments.of("copula-organization-occupation", "Lumen Fusion said it worked. Tomasz Lewandowski, who is its chief scientist, "
                        + "said the team would try again.", "Tomasz Lewandowski|chief scientist of|Lumen Fusion"),
                Arguments.of("copula-organization-occupation", "Anna Berg is a Google engineer.", "Anna Berg|engineer of|Google"),
                Arguments.of("organization-apposition-parent-company", "Alphabet Inc, the parent company of Google, reported record profits.",
                        "Alphabet Inc|own|Google"),
                Arguments.of("organization-part-of", "The BC Wildfire Service, which is part of the Ministry of Forests, said the fire grew.",
                        "BC Wildfire Service|part of|Ministry of Forests"),
                Arguments.of("organization-part-of", "Eurowings, part of the Lufthansa Group, cancelled flights.", "Eurowings|part of|Lufthansa Group"),
                Arguments.of("organization-part-of", "The hospital is run by UL Hospitals Group, which is itself part of the Health Service Executive (HSE).",
                        "UL Hospitals Group|part of|Health Service Executive"),
                Arguments.of("copula-from-country", "Iga Swiatek, who is from Poland, lost the final.", "Iga Swiatek|citizen of|Poland"),
                Arguments.of("person-possessive-company-name", "The film was produced by Ada Solomon's company Microfilm.", "Ada Solomon|own|Microfilm"),
                Arguments.of("person-possessive-company-name", "Montaner was detained at his home with his brother-in-law, Sergio Ferrer, whose company Construcciones Ferrer Levante won eleven contracts.",
                        "Sergio Ferrer|own|Construcciones Ferrer Levante"),
                Arguments.of("possessive-rival", "Samsung, Apple's biggest rival, sued.", "Samsung|rival of|Apple"),
                Arguments.of("possessive-rival", "GN Store Nord is Logitech's main rival in the headset market.", "GN Store Nord|rival of|Logitech"),
                Arguments.of("verb-named-business", "GN Store Nord, which owns the Jabra brand, said it had no plans.", "GN Store Nord|own|Jabra"),
                Arguments.of("founded-with-cofounder", "Bill Gates founded Microsoft with Paul Allen in 1975.", "Paul Allen|co-found|Microsoft"),
                Arguments.of("started-company-with-cofounder", "Northwind Technologies makes drones. Aline Uwase studied engineering "
                        + "before starting the company with her brother, Eric Mugisha.", "Eric Mugisha|co-found|Northwind Technologies"),
                Arguments.of("participle-agent-apposition", "The main buyer of the fruit is Hema, the grocery chain owned by Alibaba.",
                        "Alibaba|own|Hema"),
                Arguments.of("participle-agent-apposition", "Frasers Group, the retailer controlled by Mike Ashley, made no offer.",
                        "Mike Ashley|control|Frasers Group"),
                Arguments.of("participle-agent-apposition", "The suit could also draw in Valve, the company co-founded by Gabe Newell that runs the Steam store.",
                        "Gabe Newell|co-found|Valve"),
                Arguments.of("country-possessive-ministry", "Poland's Ministry of Infrastructure is preparing a national law.",
                        "Ministry of Infrastructure|part of|Poland"),
                Arguments.of("country-whose-ministry", "The plan drew interest in Uzbekistan, whose Ministry of Digital Technologies signed "
                        + "an agreement with Google in October.", "Ministry of Digital Technologies|part of|Uzbekistan"),
                Arguments.of("country-possessive-agency", "Britain's Financial Conduct Authority said it was aware of the matter.",
                        "Financial Conduct Authority|agency of|United Kingdom"),
                Arguments.of("league-club-name", "Premier League club Aston Villa signed Jonathan David on Tuesday.", "Aston Villa|member of|Premier League"),
                Arguments.of("apposition-conjoined-role-possessive", "Tim Sweeney, Epic Games's founder and chief executive, wrote on social media.",
                        "Tim Sweeney|chief executive of|Epic Games"),
                Arguments.of("country-possessive-company", "Epic Games is partly owned by China's Tencent.", "Tencent|based in|China"),
                Arguments.of("organization-apposition-owner", "Kingfisher, the owner of the B&Q and Screwfix chains, agreed to buy Wickes.",
                        "Kingfisher|own|B&Q"),
                Arguments.of("organization-owner-apposition", "The Oslo Post's owner, Nordmedia Group, said it would sell the newspaper.",
                        "Nordmedia Group|own|Oslo Post"),
                Arguments.of("organization-parent-company-apposition", "Google's parent company, Alphabet, reported profits.",
                        "Alphabet|own|Google"),
                Arguments.of("conjoined-married-couple", "The prize went to Kenji Sato and Emi Sato, a married couple from Kobe.",
                        "Kenji Sato|marry|Emi Sato"),
                Arguments.of("possessed-title-apposition-name-of", "Texas's governor, Greg Abbott, of the Republican Party, called the spill a crime.",
                        "Greg Abbott|member of|Republican Party"),
                Arguments.of("siblings-conjoined-names", "The bakery was founded in 1998 by the brothers Pablo and Diego Herrera.",
                        "Pablo Herrera|brother of|Diego Herrera"),
                Arguments.of("country-title-name", "NASA Administrator Bill Nelson spoke.", "Bill Nelson|administrator of|NASA"),
                Arguments.of("whose-kin-name", "Marchetti, whose husband, Tomás Ruiz, is an engineer at SpaceX, said she had taken no part.",
                        "Tomás Ruiz|husband of|Marchetti"),
                Arguments.of("country-class-noun-organization", "Germany's largest carmaker, Volkswagen, cut jobs.", "Volkswagen|based in|Germany"),
                Arguments.of("serve-in-organization", "Jane Doe served in the Senate for twelve years.", "Jane Doe|serve in|Senate"),
                Arguments.of("verb-as-personal-role-possessive", "John Kelly served as Donald Trump's chief of staff.",
                        "John Kelly|chief of staff of|Donald Trump"),
                Arguments.of("apposition-personal-role-possessive", "Wim Fissette, Iga Swiatek's coach, watched from the box.",
                        "Wim Fissette|coach of|Iga Swiatek"),
                Arguments.of("country-title-name-flat", "\"It matters,\" acting NASA Administrator Janet Petro said in a statement.",
                        "Janet Petro|administrator of|NASA"),
                Arguments.of("appointer-holds-role", "Real Madrid appointed Xabi Alonso as coach on Sunday.", "Xabi Alonso|coach of|Real Madrid"),
                Arguments.of("organization-occupation-name", "Nasa astronaut Sunita Williams returned to Earth.", "Sunita Williams|astronaut of|Nasa"),
                Arguments.of("organization-occupation-name", "Real Madrid striker Vinicius Junior scored.", "Vinicius Junior|striker of|Real Madrid"),
                Arguments.of("members-include", "The Mexican Association of Data Centres, whose members include Microsoft and "
                        + "Amazon, warned of the dispute.", "Amazon|member of|Mexican Association of Data Centres"),
                Arguments.of("members-include", "NATO's members include Poland and Estonia.", "Poland|member of|NATO"),
                Arguments.of("members-are", "NATO's members are Poland, Norway and Italy.", "Italy|member of|NATO"),
                Arguments.of("country-institution-name", "Lithuania's parliament, the Seimas, voted on Thursday to ban vapes.",
                        "Seimas|parliament of|Lithuania"),
                Arguments.of("country-institution-name", "The Russian parliament, the State Duma, passed the law.", "State Duma|parliament of|Russia"),
                Arguments.of("members-are", "The founding members of the East African Community were Kenya and Uganda.",
                        "Uganda|member of|East African Community"),
                Arguments.of("have-headquarters-in", "The rental platform Holidaro, which has its headquarters in Ireland, lists 9,000 properties.",
                        "Holidaro|based in|Ireland"),
                Arguments.of("have-headquarters-in", "The Union of European Football Associations has its seat in Nyon, Switzerland.",
                        "Union of European Football Associations|based in|Switzerland"),
                Arguments.of("copula-noun-role-of", "Tomasz Wierzbicki, who is the principal guest conductor of the Gothenburg Symphony "
                        + "Orchestra, met Helen Marsh.", "Tomasz Wierzbicki|principal guest conductor of|Gothenburg Symphony Orchestra"),
                Arguments.of("organization-occupation-apposed-name", "Nubera was founded by the former Oracle engineer Kevin Marsh.",
                        "Kevin Marsh|former engineer of|Oracle"),
                Arguments.of("organization-occupation-apposed-name", "The Nasa astronaut Sunita Williams returned to Earth.",
                        "Sunita Williams|astronaut of|Nasa"),
                Arguments.of("apposition-organization-occupation", "Ahmed Hassan, a Reuters photographer, was killed.", "Ahmed Hassan|photographer of|Reuters"),
                Arguments.of("country-title-name", "Civic Party candidate Alvin Yeung won.", "Alvin Yeung|candidate of|Civic Party"),
                Arguments.of("apposition-role-possessive", "Louis Gallois, the Airbus chief executive, said the company will cut jobs.",
                        "Louis Gallois|chief executive of|Airbus"),
                Arguments.of("arranged-act-between", "Egypt brokered a ceasefire between Israel and Hamas.",
                        "Egypt|broker ceasefire between|Israel"),
                Arguments.of("arranged-act-between", "Qatar mediated talks between Russia and Ukraine.", "Qatar|mediate talks between|Ukraine"),
                Arguments.of("tie-possessive-apposition-name", "Volkswagen's subsidiary Audi recalled cars.", "Audi|subsidiary of|Volkswagen"),
                Arguments.of("tie-possessive-apposition-name", "Mitsubishi Motors and its alliance partner, Nissan, will fit the motors.",
                        "Nissan|partner of|Mitsubishi Motors"),
                Arguments.of("tie-possessive-apposition-name", "GM's German unit, Opel, cut jobs.", "Opel|unit of|GM"),
                Arguments.of("hyphen-agent-participle", "The Kremlin-controlled Gazprom cut supplies.", "Kremlin|control|Gazprom"),
                Arguments.of("hyphen-agent-participle", "The Iran-backed Hezbollah fired rockets at Israel.", "Iran|back|Hezbollah"),
                Arguments.of("hyphen-agent-participle", "Iran-backed Houthi rebels attacked Israel.", "Iran|back|Houthi"),
                Arguments.of("hyphen-demonym-participle", "The Saudi-backed broadcaster Orbis Media pulled the series.", "Saudi Arabia|back|Orbis Media"),
                Arguments.of("hyphen-demonym-participle", "Iranian-backed Hezbollah fired rockets at Israel.", "Iran|back|Hezbollah"),
                Arguments.of("title-of-holder-before-name", "Chairman of the Joint Chiefs of Staff Mark Milley spoke to reporters.",
                        "Mark Milley|chairman of|Joint Chiefs of Staff"),
                Arguments.of("title-of-holder-name", "President of the United States Barack Obama presented a plan.",
                        "Barack Obama|president of|United States"),
                Arguments.of("title-of-holder-name", "Afghan Ambassador to the United States Hamdullah Mohib spoke.",
                        "Hamdullah Mohib|ambassador to|United States"),
                Arguments.of("title-apposition-name-possessive", "Ukraine's human rights commissioner, Dmytro Lubinets, spoke to reporters.",
                        "Dmytro Lubinets|human rights commissioner of|Ukraine"),
                // a title's words hang on its compound too ("foreign" on "policy")
                Arguments.of("apposition-role-possessive", "Kaja Kallas, the EU's foreign policy chief, criticized Israel.",
                        "Kaja Kallas|foreign policy chief of|EU"),
                Arguments.of("title-apposition-name-possessive", "Japan's foreign minister, Yoko Kamikawa, spoke to reporters.",
                        "Yoko Kamikawa|foreign minister of|Japan"),
                Arguments.of("title-apposition-name-of", "Co-founder of Google, Sergey Brin, met the students.", "Sergey Brin|co-founder of|Google"),
                Arguments.of("title-then-name-two-subjects", "Malaysia's Prime Minister, Najib Razak said the crisis was serious.",
                        "Najib Razak|prime minister of|Malaysia"),
                Arguments.of("kin-possessive-name", "Hillary Clinton's husband Bill Clinton spoke.", "Bill Clinton|husband of|Hillary Clinton"),
                Arguments.of("kin-name-possessive", "Maxime Bernier left documents with his then-girlfriend Julie Couillard.",
                        "Julie Couillard|girlfriend of|Maxime Bernier"),
                Arguments.of("verb-preposition-joint-relation-with", "Iran returned to talks with the United States on Monday.",
                        "Iran|return to talks with|United States"),
                Arguments.of("verb-in-joint-relation-with", "Siemens will build the factory in partnership with Volkswagen.",
                        "Siemens|build in partnership with|Volkswagen"),
                Arguments.of("person-apposition-party-member", "The Republican Party opposed it. Senator Susan Collins, a Republican, voted "
                        + "for the bill.", "Susan Collins|member of|Republican Party"),
                Arguments.of("kin-possessive-apposition", "Fidel Castro handed power to his brother Raul Castro in 2008.", "Raul Castro|brother of|Fidel Castro"),
                Arguments.of("person-possessive-named-party", "Benjamin Netanyahu's Likud party won the vote.", "Benjamin Netanyahu|member of|Likud"),
                Arguments.of("person-possessive-named-party", "Mark Rutte led his VVD party to victory.", "Mark Rutte|member of|VVD"),
                Arguments.of("person-possessive-party", "Merz's Christian Democratic Union won the election.",
                        "Merz|member of|Christian Democratic Union"),
                Arguments.of("relative-whose-party", "Raila Odinga, whose Orange Democratic Movement signed a pact with the government, "
                        + "backed the deal.", "Raila Odinga|member of|Orange Democratic Movement"),
                Arguments.of("relative-whose-party", "Rabuka, whose People's Alliance governs in coalition with the National Federation Party, "
                        + "faces an election next year.", "Rabuka|member of|People's Alliance"),
                Arguments.of("relative-whose-party", "Alberto Núñez Feijóo, whose People's Party won the most seats, called for a vote.",
                        "Alberto Núñez Feijóo|member of|People's Party"),
                Arguments.of("pronoun-possessive-party", "Feijóo said his People's Party would not support the budget.",
                        "Feijóo|member of|People's Party"),
                Arguments.of("person-possessive-named-party", "Milei said his La Libertad Avanza party would win.",
                        "Milei|member of|La Libertad Avanza"),
                Arguments.of("party-apposition-possessive", "The Awami League, Hasina's party, was banned.", "Hasina|member of|Awami League"),
                Arguments.of("possessive-party-apposition", "Hasina's party, the Awami League, was banned.", "Hasina|member of|Awami League"),
                Arguments.of("pronoun-possessive-party", "Mark Carney faces voters. His Liberal Party is ahead in the polls.",
                        "Mark Carney|member of|Liberal Party"),
                Arguments.of("organization-apposition-of-members", "Mercosur, the trade bloc of Brazil, Argentina, Paraguay and Uruguay, "
                        + "signed a deal with the EU.", "Uruguay|member of|Mercosur"),
                Arguments.of("become-member-of-which", "BRICS, of which Iran became a member in 2024, met in Russia.", "Iran|member of|BRICS"),
                Arguments.of("appoint-object-role-possessive", "NATO named Mark Rutte its secretary general.", "Mark Rutte|secretary of|NATO"),
                Arguments.of("possessive-title-name-adjective", "NATO's chief Jens Stoltenberg visited Kyiv.", "Jens Stoltenberg|chief of|NATO"),
                Arguments.of("possessive-title-name-adjective-past-holder", "NATO's former chief Jens Stoltenberg visited Kyiv.",
                        "Jens Stoltenberg|former chief of|NATO"),
                Arguments.of("possessive-stake-in", "Fiat's stake in Chrysler rose to 58 percent.", "Fiat|stake in|Chrysler"),
                Arguments.of("tie-apposition-supplier-to", "Foxconn, a key supplier to Apple, reported higher profits.", "Foxconn|supplier to|Apple"),
                Arguments.of("tie-copula-supplier-to", "Foxconn is a supplier to Apple.", "Foxconn|supplier to|Apple"),
                Arguments.of("title-apposition-name-of", "The speaker of the U.S. House of Representatives, Mike Johnson, met Zelensky.",
                        "Mike Johnson|speaker of|U.S. House of Representatives"),
                Arguments.of("take-over-post-from", "Julius Maada Bio took over the chairmanship from Bola Tinubu.",
                        "Julius Maada Bio|take over from|Bola Tinubu"),
                Arguments.of("pay-call-on", "Cho Hyun also paid a courtesy call on Prime Minister Shigeru Ishiba.", "Cho Hyun|pay call on|Shigeru Ishiba"),
                Arguments.of("appoint-object-role-of", "Vladimir Putin appointed Andrei Belousov defence minister of Russia.",
                        "Andrei Belousov|defence minister of|Russia"),
                Arguments.of("giving-sum-for-countrys-thing", "The EU will provide 500 million euros to modernize Ukraine's power grid.",
                        "EU|provide to|Ukraine"),
                Arguments.of("giving-sum-for-countrys-thing", "Saudi Arabia pledged $1.2 billion to help rebuild Syria's electricity network.",
                        "Saudi Arabia|pledge to|Syria"),
                Arguments.of("help-party-do", "The United States will help Ukraine rebuild its power grid.", "United States|help|Ukraine"),
                Arguments.of("apposition-kin-possessive", "Hunter Biden, Joe Biden's son, was charged.", "Hunter Biden|son of|Joe Biden"),
                Arguments.of("kin-in-law-possessive-name", "Donald Trump's son-in-law Jared Kushner spoke.", "Jared Kushner|son-in-law of|Donald Trump"),
                Arguments.of("kin-in-law-possessive-name", "Trump's son-in-law, Jared Kushner, spoke.", "Jared Kushner|son-in-law of|Trump"),
                Arguments.of("apposition-kin-in-law", "Jared Kushner, Donald Trump's son-in-law, spoke.", "Jared Kushner|son-in-law of|Donald Trump"),
                Arguments.of("copula-kin-of", "Evelyn Matthei is the daughter of Fernando Matthei, who led the air force.",
                        "Evelyn Matthei|daughter of|Fernando Matthei"),
                Arguments.of("copula-kin-possessive", "Hunter Biden is Joe Biden's son.", "Hunter Biden|son of|Joe Biden"),
                Arguments.of("hearing-before-body", "Jerome Powell testified before the Senate Banking Committee on Tuesday.",
                        "Jerome Powell|testify before|Senate Banking Committee"),
                Arguments.of("hearing-before-body-adverb", "Anders Holm will appear before the House of Representatives next month.",
                        "Anders Holm|appear before|House of Representatives"),
                Arguments.of("married-to", "Jared Kushner, who is married to Ivanka Trump, advised the president.",
                        "Jared Kushner|marry|Ivanka Trump"),
                Arguments.of("nominal-event-agent", "Russia's invasion of Ukraine began in 2022.", "Russia|invasion of|Ukraine"),
                Arguments.of("nominal-event-agent-demonym-target", "The European Union's embargo on Russian oil took effect.",
                        "European Union|embargo on|Russia"),
                Arguments.of("support-received", "General Motors had the support of the United Auto Workers union.", "United Auto Workers|support|General Motors"),
                Arguments.of("support-received-possessive", "Emmanuel Macron has Germany's backing.", "Germany|support|Emmanuel Macron"),
                Arguments.of("support-received-from", "Ahmed Mohamed received support from Barack Obama.", "Barack Obama|support|Ahmed Mohamed"),
                Arguments.of("person-of-organization", "Jim Smith of Goldman Sachs said the market was calm.", "Jim Smith|member of|Goldman Sachs"),
                Arguments.of("receive-thing-from", "General Motors will receive loans from Canada.", "Canada|give loans to|General Motors"),
                Arguments.of("receive-thing-from-noun", "Lula received a phone call from Volodymyr Zelensky.", "Volodymyr Zelensky|give call to|Lula"),
                Arguments.of("receive-sum-in-thing-from", "Ukraine received $1.5 billion in military aid from Germany.", "Germany|give aid to|Ukraine"),
                Arguments.of("receive-sum-in-thing-from", "Egypt got 2 billion euros in loans from the European Union.",
                        "European Union|give loans to|Egypt"),
                Arguments.of("receive-sum-from", "General Motors received $30 billion from the United States.",
                        "United States|give money to|General Motors"),
                Arguments.of("person-of-organization", "Hui Chi-fung from the Democratic Party won a seat.", "Hui Chi-fung|member of|Democratic Party"),
                Arguments.of("organization-possessive-person", "Apple's Tim Cook unveiled the phone.", "Tim Cook|member of|Apple"),
                Arguments.of("country-class-noun-organization", "The German automaker Volkswagen cut jobs.", "Volkswagen|based in|Germany"),
                Arguments.of("country-class-noun-organization", "It was bought by the Swiss logistics group Kuehne Nagel.", "Kuehne Nagel|based in|Switzerland"),
                Arguments.of("country-class-noun-compound-name", "The deal with the Japanese broadcaster NHK was signed.", "NHK|based in|Japan"),
                Arguments.of("copula-citizen-of-country", "Helena Varga, who became a British citizen in 1994, won the prize.", "Helena Varga|citizen of|United Kingdom"),
                Arguments.of("copula-citizen-of-country", "Helena Varga is a citizen of Ireland.", "Helena Varga|citizen of|Ireland"),
                Arguments.of("apposition-citizen-of-country", "Markus Steiner, an Austrian citizen, was convicted last year.", "Markus Steiner|citizen of|Austria"),
                Arguments.of("where-clause-workplace", "Lena Hart founded Vexlar Nord in 1998 after leaving Orbis Bank, where she had worked as an "
                        + "engineer for eleven years.", "Lena Hart|work at|Orbis Bank"),
                Arguments.of("apposition-citizen-of-country", "Ana Ruiz, a Spanish national, was detained in Lagos.", "Ana Ruiz|citizen of|Spain"),
                Arguments.of("tie-apposition-of", "The ICQRF, the anti-fraud agency of Italy's agriculture ministry, seized the wine.", "ICQRF|agency of|Italy"),
                Arguments.of("resign-titled-apposition", "Alan Whitcombe, the chief executive of Riverside Valley Hospitals Trust, resigned on Monday.",
                        "Alan Whitcombe|leave|Riverside Valley Hospitals Trust"),
                Arguments.of("resign-titled-apposition", "Riverside Valley Hospitals Trust's chief executive, Alan Whitcombe, resigned on Monday.",
                        "Alan Whitcombe|leave|Riverside Valley Hospitals Trust"),
                Arguments.of("step-down-titled-apposition", "Bob Iger, the chief executive of Disney, stepped down in 2020.", "Bob Iger|leave|Disney"),
                Arguments.of("country-class-noun-compound-organization", "Irish developer Tidewater Renewables has won government approval for a wind farm.", "Tidewater Renewables|based in|Ireland"),
                Arguments.of("based-in", "Volta Sports Management, which is based in Rotterdam in the Netherlands, dropped the athlete.", "Volta Sports Management|based in|Netherlands"),
                Arguments.of("country-class-noun-compound-organization", "Danish shipping group Kronborg Maritime bought the ferry.", "Kronborg Maritime|based in|Denmark"),
                Arguments.of("country-class-noun-organization", "The United States automobile manufacturing firm General Motors announced losses.",
                        "General Motors|based in|United States"),
                Arguments.of("organization-apposition-country-class-noun", "Volkswagen, a German carmaker, cut jobs.", "Volkswagen|based in|Germany"),
                Arguments.of("organization-apposition-country-class-noun", "The agency hired Vanhoutte Dredging, a Belgian subsidiary of Scheldt "
                        + "Marine, on Monday.", "Vanhoutte Dredging|based in|Belgium"),
                Arguments.of("replaced-with", "Rick Wagoner was replaced Sunday with Fritz Henderson.", "Fritz Henderson|replace|Rick Wagoner"),
                Arguments.of("support-given", "Germany pledged support for Ukraine.", "Germany|pledge support for|Ukraine"),
                Arguments.of("verb-deed-of-other", "Turkey condemned the Israeli strike on Gaza.", "Turkey|condemn|Israel"),
                Arguments.of("verb-deed-of-doer", "Indonesia maintained a policy which the United States criticized.",
                        "United States|criticize|Indonesia"),
                Arguments.of("verb-deed-of-doer", "Russia rejected the proposal that Turkey made.", "Russia|reject|Turkey"),
                Arguments.of("deed-verb-measure-preposition", "Joe Biden announced sanctions against Russia and Belarus.",
                        "Joe Biden|announce sanctions against|Belarus"),
                Arguments.of("based-in", "Boeing is based in the United States.", "Boeing|based in|United States"),
                Arguments.of("apposition-role-demonym", "Olaf Scholz, the German chancellor, met Keir Starmer.", "Olaf Scholz|chancellor of|Germany"),
                Arguments.of("demonym-private-role-nationality", "Thomas Piketty, the French economist, criticised Emmanuel Macron.",
                        "Thomas Piketty|citizen of|France"),
                Arguments.of("demonym-private-role-nationality", "Chilean journalist Ana Rojas met Gabriel Boric.", "Ana Rojas|citizen of|Chile"),
                Arguments.of("demonym-private-role-nationality", "The club was bought by Frank Harlow, an American businessman, in 2011.",
                        "Frank Harlow|citizen of|United States"),
                Arguments.of("demonym-role-apposed-name", "She toured with the Canadian singer Daniel Caesar last year.", "Daniel Caesar|citizen of|Canada"),
                Arguments.of("sitting-at-court", "Judge Helen Okafor, sitting at Manchester County Court, ruled on Monday.", "Helen Okafor|judge of|Manchester County Court"),
                Arguments.of("demonym-private-role-nationality", "Silverlight Pictures has signed Mexican director Tomás Ibarra.",
                        "Tomás Ibarra|citizen of|Mexico"),
                Arguments.of("based-in", "Volkswagen, which is headquartered in Wolfsburg, Germany, took over the site in 2009.",
                        "Volkswagen|based in|Germany"),
                Arguments.of("based-in-apposition", "Redwood Capital, a pension investor headquartered in Canada, bought the stake.",
                        "Redwood Capital|based in|Canada"),
                Arguments.of("based-in-apposition", "Volta Sports Management, headquartered in Germany, dropped the athlete.",
                        "Volta Sports Management|based in|Germany"),
                Arguments.of("based-in-as-preposition", "A court fined Brightwater Shipping, a shipping company based in Rotterdam, Netherlands, over the spill.",
                        "Brightwater Shipping|based in|Netherlands"),
                Arguments.of("based-in-as-preposition", "Calder Foods is owned by Redwood Capital, a pension investor based in Toronto, Canada.",
                        "Redwood Capital|based in|Canada"),
                Arguments.of("organization-apposition-one-of-country-class-noun", "The court ruled that Sunvale Pharma, one of India's largest "
                        + "makers of generic medicines, infringed a patent.", "Sunvale Pharma|based in|India"),
                Arguments.of("organization-apposition-one-of-country-class-noun", "Toyota and Honda, two of Japan's largest carmakers, agreed to cooperate.",
                        "Toyota|based in|Japan"),
                Arguments.of("conjoined-organizations-apposition-some-of-country-class-noun", "Toyota and Honda, two of Japan's largest carmakers, "
                        + "agreed to cooperate.", "Honda|based in|Japan"),
                Arguments.of("title-conjoined-apposition-name-possessive", "Calder Foods lost the case. Calder's founder and chairman, Tom Reyes, "
                        + "said the company would appeal.", "Tom Reyes|chairman of|Calder Foods"),
                Arguments.of("tie-possessive-apposition-name", "Superdry's main lender, Bantry Bay Capital, must also approve the transfer.",
                        "Bantry Bay Capital|lender of|Superdry"),
                Arguments.of("verb-thing-noun-preposition", "The International Monetary Fund approved a $2 billion payout to Argentina.",
                        "International Monetary Fund|approve payout to|Argentina"),
                Arguments.of("verb-own-joint-relation-with", "Birhanu Alemu was banned. Puma said it had ended its contract with Alemu.",
                        "Puma|end contract with|Birhanu Alemu"),
                Arguments.of("passive-agent-thing-verb-preposition", "The rights were bought from Warner Bros by Netflix last year.",
                        "Netflix|buy rights from|Warner Bros"),
                Arguments.of("passive-agent-thing-verb-preposition", "A gas deal was signed with Qatar by Turkey on Monday.",
                        "Turkey|sign deal with|Qatar"),
                Arguments.of("tie-possessive-apposition-name", "Kovac's sponsor, the Austrian drinks company Almdudler, ended the deal.",
                        "Almdudler|sponsor of|Kovac"),
                Arguments.of("copula-role-under-leader", "Miguel Kast was a minister under Augusto Pinochet.",
                        "Miguel Kast|minister under|Augusto Pinochet"),
                Arguments.of("serve-as-role-under-leader", "Ursula von der Leyen served as defence minister under Angela Merkel.",
                        "Ursula von der Leyen|defence minister under|Angela Merkel"),
                Arguments.of("apposition-role-under-leader", "Ben Wallace, a former defence secretary under Boris Johnson, criticised the plan.",
                        "Ben Wallace|former defence secretary under|Boris Johnson"),
                Arguments.of("person-verb-own-joint-relation-with", "Birhanu Alemu said he had ended his contract with Puma.",
                        "Birhanu Alemu|end contract with|Puma"),
                Arguments.of("organization-dismisses-titled-person", "French football club Olympique de Marseille dismissed head coach "
                        + "Roberto De Zerbi on Monday.", "Roberto De Zerbi|head coach of|Olympique de Marseille"),
                Arguments.of("organization-appoints-titled-person", "Aston Villa appointed manager Unai Emery in 2022.", "Unai Emery|manager of|Aston Villa"),
                Arguments.of("take-matter-to", "Uganda took the dispute to the East African Court of Justice.",
                        "Uganda|take dispute to|East African Court of Justice"),
                Arguments.of("union-apposition-company", "IG Metall, the largest Volkswagen union, threatened strikes.", "IG Metall|union at|Volkswagen"),
                Arguments.of("passive-state-preposition", "Hartley Books is listed on the London Stock Exchange.", "Hartley Books|list on|London Stock Exchange"),
                Arguments.of("passive-state-preposition", "Northwind Technologies, a company listed on the London Stock Exchange, said it would appeal.",
                        "Northwind Technologies|list on|London Stock Exchange"),
                Arguments.of("send-means-to-act", "The Canadian Armed Forces would send 300 soldiers and three helicopters to support the BC "
                        + "Wildfire Service.", "Canadian Armed Forces|support|BC Wildfire Service"),
                Arguments.of("send-means-to-act", "The United Nations sent inspectors to visit Iran.", "United Nations|visit|Iran"),
                Arguments.of("shares-listed-on", "Northwind Technologies' shares, which are listed on the Johannesburg Stock Exchange, rose on Tuesday.",
                        "Northwind Technologies|list on|Johannesburg Stock Exchange"),
                Arguments.of("shares-traded-on", "Orbis Bank's shares are traded on the London Stock Exchange.", "Orbis Bank|list on|London Stock Exchange"),
                Arguments.of("represent-workforce-of", "The Orbis Workers Union, which represents about 3,000 of Northwind Technologies' 4,200 employees, "
                        + "welcomed the sale.", "Orbis Workers Union|represent|Northwind Technologies"),
                Arguments.of("represent-workforce-of", "The union SINTTIA, which represents workers at General Motors' plant in Silao, called a strike.",
                        "SINTTIA|represent|General Motors"),
                Arguments.of("organization-apposition-country-class-noun", "Orbis Logistics, Poland's largest supermarket chain, said it would sell stores.",
                        "Orbis Logistics|based in|Poland"),
                Arguments.of("passive-state-preposition", "The Kenya National Union of Teachers is affiliated to the Central Organization of Trade Unions.",
                        "Kenya National Union of Teachers|affiliate to|Central Organization of Trade Unions"),
                Arguments.of("hyphen-country-based", "Lille have been owned by the Luxembourg-based investment fund Merlyn Partners since 2020.",
                        "Merlyn Partners|based in|Luxembourg"),
                Arguments.of("hyphen-country-based", "Toyota met Sony, a Japan-based electronics maker, on Monday.", "Sony|based in|Japan"),
                Arguments.of("hyphen-country-based", "Toyota met the Germany-headquartered firm Siemens on Monday.", "Siemens|based in|Germany"),
                Arguments.of("verb-thing-preposition", "North Korea fired missiles at Japan.", "North Korea|fire missiles at|Japan"),
                Arguments.of("conjoined-subjects-joint-event", "China and Russia held joint military exercises.", "China|hold exercises with|Russia"),
                Arguments.of("person-bracketed-organization", "Nathan Law (Civic Party) won a seat.", "Nathan Law|member of|Civic Party"),
                Arguments.of("deed-verb-measure-demonym-target", "The European Union imposed an embargo on Russian oil.",
                        "European Union|impose embargo on|Russia"),
                Arguments.of("deed-verb-measure-demonym-target", "The United States imposed tariffs on Chinese steel.",
                        "United States|impose tariffs on|China"),
                Arguments.of("deed-verb-measure-demonym-target", "Washington announced new sanctions against Iranian banks.",
                        "United States|announce sanctions against|Iran"),
                Arguments.of("deed-verb-measure-demonym-target", "Russia imposed a ban on imports from Georgia.",
                        "Russia|impose ban on|Georgia"),
                Arguments.of("conjoined-subjects-each-other", "Russia and Ukraine accused each other of shelling the plant.",
                        "Russia|accuse|Ukraine"),
                Arguments.of("conjoined-subjects-each-other", "Russia and Ukraine accused each other of shelling the plant.",
                        "Ukraine|accuse|Russia"),
                Arguments.of("conjoined-subjects-each-others-thing", "India and Canada expelled each other's diplomats.",
                        "Canada|expel diplomats of|India"),
                Arguments.of("clause-subject-meeting-in-time-phrase", "After talks with Li Qiang, Olaf Scholz said trade must be fair.",
                        "Olaf Scholz|talks with|Li Qiang"),
                Arguments.of("clause-subject-meeting-in-time-phrase", "Following a meeting with Xi Jinping, Joe Biden said the talks were candid.",
                        "Joe Biden|meeting with|Xi Jinping"),
                Arguments.of("clause-subject-meeting-in-time-phrase", "In a phone call with Mohammed bin Salman, Ebrahim Raisi discussed the war.",
                        "Ebrahim Raisi|call with|Mohammed bin Salman"),
                Arguments.of("clause-subject-meeting-in-time-phrase", "After discussions with Emmanuel Macron, Olaf Scholz said the plan was dead.",
                        "Olaf Scholz|discussions with|Emmanuel Macron"),
                Arguments.of("clause-subject-meeting-in-time-phrase", "In a conversation with Joe Biden, Fumio Kishida raised the yen.",
                        "Fumio Kishida|conversation with|Joe Biden"),
                // the parser hangs the time phrase on the verb's object
                Arguments.of("clause-subject-meeting-in-time-phrase",
                        "The Nigerian Union of Teachers said it has called off a four-day strike after talks with the Nigerian government.",
                        "Nigerian Union of Teachers|talks with|Nigeria"),
                Arguments.of("deed-verb-measure-preposition", "The United States announced a new weapons package for Ukraine.",
                        "United States|announce package for|Ukraine"),
                Arguments.of("clause-subject-visit-in-time-phrase", "Lula urged peace during a visit to China.", "Lula|visit to|China"),
                Arguments.of("clause-subject-meeting-ahead", "Before talks with Xi Jinping, Joe Biden said he wanted stable ties.",
                        "Joe Biden|talks with|Xi Jinping"),
                Arguments.of("verb-thing-for-recipient", "Olaf Scholz pledged more air defence systems for Ukraine.",
                        "Olaf Scholz|pledge systems for|Ukraine"),
                Arguments.of("invest-sum-in", "Saudi Arabia will invest $10 billion in Pakistan.", "Saudi Arabia|invest in|Pakistan"),
                Arguments.of("invest-sum-in", "China invested $5 billion into Zambia last year.", "China|invest into|Zambia"),
                Arguments.of("deed-verb-measure-preposition", "Israel declared war on Hamas on Sunday.", "Israel|declare war on|Hamas"),
                Arguments.of("nominal-event-agent", "Russia's war against Ukraine entered its third year.", "Russia|war against|Ukraine"),
                Arguments.of("attack-verb-owned-target", "The United States struck Houthi targets in Yemen.", "United States|strike targets of|Houthi"),
                Arguments.of("force-thing-at", "The Houthis fired a missile at Israel on Sunday.", "Houthis|fire missile at|Israel"),
                Arguments.of("personal-role-possessive-apposition", "Vladimir Putin's spokesman, Dmitry Peskov, said Russia was open to talks.",
                        "Dmitry Peskov|spokesman of|Vladimir Putin"),
                Arguments.of("personal-role-possessive-apposition", "Gadhafi's intelligence chief Abdullah Senussi met French officials.",
                        "Abdullah Senussi|intelligence chief of|Gadhafi"),
                Arguments.of("personal-role-possessive-name", "Donald Trump's lawyer Michael Cohen met the prosecutors.",
                        "Michael Cohen|lawyer of|Donald Trump"),
                Arguments.of("apposition-personal-role-possessive", "Dmitry Peskov, Vladimir Putin's spokesman, said the talks were useful.",
                        "Dmitry Peskov|spokesman of|Vladimir Putin"),
                Arguments.of("verb-facility-in-country", "Volkswagen will build a factory in India.", "Volkswagen|build factory in|India"),
                Arguments.of("verb-facility-in-country", "Sri Lanka opened an embassy in Iran.", "Sri Lanka|open embassy in|Iran"),
                Arguments.of("become-member-possessive", "Sweden became NATO's 32nd member on Thursday.", "Sweden|member of|NATO"),
                Arguments.of("deed-verb-force-on-owned-target", "Russia carried out strikes on Ukrainian airports.",
                        "Russia|carry out strikes on|Ukraine"),
                Arguments.of("attack-verb-owned-target", "Ukraine struck a Russian air base in Crimea.", "Ukraine|strike base of|Russia"),
                Arguments.of("attack-verb-owned-target", "Israel hit Hezbollah targets in Lebanon.", "Israel|hit targets of|Hezbollah"),
                // "bases", which CoreNLP lemmatizes as "basis"
                Arguments.of("attack-verb-owned-target", "Ukraine struck Russian bases in Crimea.", "Ukraine|strike bases of|Russia"),
                Arguments.of("attack-verb-owned-target-passive", "A Palestinian refugee camp was attacked by Israeli troops.",
                        "Israel|attack camp of|Palestine"),
                Arguments.of("attack-verb-owned-target-passive", "Russian positions were struck by Ukrainian forces.",
                        "Ukraine|strike positions of|Russia"),
                Arguments.of("take-job-at-organization", "Anna Smith took a job at Google in 2019.", "Anna Smith|work at|Google"),
                Arguments.of("take-job-at-organization", "Maria Lopez has accepted a job with the Swiss Ski School.",
                        "Maria Lopez|work at|Swiss Ski School"),
                Arguments.of("attack-verb-target-for-people-passive", "A camp for Congolese refugees was attacked by Burundian militiamen.",
                        "Burundi|attack camp for|Democratic Republic of Congo"),
                Arguments.of("attack-verb-target-for-people-passive", "A camp for Syrian refugees was shelled by Russian aircraft.",
                        "Russia|shell camp for|Syria"),
                Arguments.of("deed-verb-force-on-owned-target", "Israel launched airstrikes on Hezbollah targets.",
                        "Israel|launch airstrikes on|Hezbollah"),
                Arguments.of("deed-verb-strikes-in-country", "Pakistan carried out airstrikes inside Iran.", "Pakistan|carry out airstrikes inside|Iran"),
                Arguments.of("clause-subject-meeting-ahead-of", "Ahead of talks with Iran, the United States eased sanctions.",
                        "United States|talks with|Iran"),
                Arguments.of("deploy-forces-near-country", "Russia has amassed 100,000 troops near the Ukrainian border.",
                        "Russia|amass troops near|Ukraine"),
                Arguments.of("deploy-forces-near-country", "Iran positioned missiles near Israel.", "Iran|position missiles near|Israel"),
                Arguments.of("deploy-forces-at-border-with", "Russia massed troops on its border with Ukraine.",
                        "Russia|mass troops on border with|Ukraine"),
                Arguments.of("copula-member-of", "The East African Community, of which both Kenya and Uganda are members, said it would help.",
                        "Uganda|member of|East African Community"),
                Arguments.of("copula-member-of", "Finland is a member of the European Union.", "Finland|member of|European Union"),
                Arguments.of("copula-member-of", "Sweden is NATO's newest member.", "Sweden|member of|NATO"),
                Arguments.of("copula-member-of", "Poland is one of the members of NATO.", "Poland|member of|NATO"),
                Arguments.of("copula-one-of-member", "Japan is one of Indonesia's largest trading partners.", "Japan|partner of|Indonesia"),
                Arguments.of("copula-one-of-role", "Sergey Brin is one of Google's founders.", "Sergey Brin|founder of|Google"),
                Arguments.of("copula-one-of-role", "Olha Stefanishyna is one of Ukraine's deputy prime ministers.",
                        "Olha Stefanishyna|deputy prime minister of|Ukraine"),
                Arguments.of("title-of-holder-then-name", "A spokesman for Hamas, Hazem Qassem, rejected the plan.",
                        "Hazem Qassem|spokesman for|Hamas"),
                Arguments.of("verb-preposition-speaking", "Claudia Sheinbaum spoke with Donald Trump in Washington on Monday.",
                        "Claudia Sheinbaum|speak with|Donald Trump"),
                Arguments.of("verb-phone-with", "Scholz spoke with Zelensky by phone on Sunday.", "Scholz|speak by phone with|Zelensky"),
                Arguments.of("deed-verb-measure-demonym-target", "The United States imposed sanctions on Iran's oil sector on Monday.",
                        "United States|impose sanctions on|Iran"),
                Arguments.of("whose-title-apposition-name", "The line, which is expected to cost about $1.2 billion, will be financed by the "
                        + "World Bank and the Asian Development Bank, whose president, Masatsugu Asakawa, called it \"a model of regional "
                        + "cooperation\".", "Masatsugu Asakawa|president of|Asian Development Bank"),
                Arguments.of("whose-title-name", "Treviño is promoted by Golden Ring Promotions, whose owner, Sergio Garza, is also "
                        + "the boxer's uncle.", "Sergio Garza|owner of|Golden Ring Promotions"),
                Arguments.of("passive-agent-class-noun-name", "The Silesia Steelers, who are owned by the mining company Silesian Coal "
                        + "Holding, have hired a coach.", "Silesian Coal Holding|own|Silesia Steelers"),
                Arguments.of("organization-possessive-unit", "UNESCO's World Heritage Committee, which has twice considered listing "
                        + "the reef, will meet in July.", "World Heritage Committee|part of|UNESCO"),
                Arguments.of("unit-of-organization", "The judge named the company Obras del Guadalquivir as a suspect. Investigators "
                        + "from the Central Operational Unit (UCO) of the Guardia Civil say the company paid Andrés Ferrer.",
                        "Central Operational Unit|part of|Guardia Civil"),
                Arguments.of("occupation-apposition-name-possessive", "GEOMAR's chief scientist on the voyage, Jonas Falk, said the "
                        + "team had mapped the seabed.", "Jonas Falk|chief scientist of|GEOMAR"),
                Arguments.of("occupation-apposition-name-of", "The chief librarian of Halifax Public Libraries, Priya Raman, said she "
                        + "was saddened.", "Priya Raman|chief librarian of|Halifax Public Libraries"),
                Arguments.of("occupation-apposition-name-of", "The chief scientist at the Alfred Wegener Institute, Anna Weber, said "
                        + "the ice was thinning.", "Anna Weber|chief scientist at|Alfred Wegener Institute"),
                Arguments.of("conjoined-subjects-phone", "Biden and Netanyahu spoke by phone on Sunday.",
                        "Biden|speak by phone with|Netanyahu"),
                Arguments.of("conjoined-subjects-phone", "Joe Biden and Xi Jinping talked on the phone for two hours on Tuesday.",
                        "Joe Biden|talk by phone with|Xi Jinping"),
                Arguments.of("appointed-role-to", "Tom Barrack was later appointed special envoy for Syria.",
                        "Tom Barrack|special envoy for|Syria"),
                Arguments.of("reciprocal-verb-thing-with", "Luis Caputo negotiated the programme with the IMF.",
                        "Luis Caputo|negotiate programme with|IMF"),
                Arguments.of("appointed-role-to", "Caroline Kennedy was appointed ambassador to Australia.",
                        "Caroline Kennedy|ambassador to|Australia"),
                Arguments.of("appoint-object-as-role-of", "Lula appointed Celso Amorim as his envoy to Venezuela.",
                        "Celso Amorim|envoy to|Venezuela"),
                Arguments.of("succeed-as-role-of", "Mark Rutte succeeded Jens Stoltenberg as secretary general of NATO.",
                        "Mark Rutte|secretary general of|NATO"),
                Arguments.of("nominal-visit", "The visit by Modi to Ukraine angered Russia.", "Modi|visit|Ukraine"),
                Arguments.of("conjoined-subjects-announce-joint-event", "Porsche and Volkswagen announced a merger.",
                        "Porsche|announce merger with|Volkswagen"),
                Arguments.of("tie-apposition-possessive", "Opel, GM's German subsidiary, will be sold to Magna.", "Opel|subsidiary of|GM"),
                Arguments.of("tie-apposition-possessive", "Foxconn, Apple's main supplier, expanded production in India.", "Foxconn|supplier of|Apple"),
                Arguments.of("tie-copula-possessive", "Audi is Volkswagen's subsidiary.", "Audi|subsidiary of|Volkswagen"),
                Arguments.of("verb-sum-to", "Canada will provide $10.5 billion to GM.", "Canada|provide to|GM"),
                Arguments.of("passive-sent-out-from-country", "Ghislaine Maxwell was extradited from France to the United States.",
                        "France|extradite|Ghislaine Maxwell"),
                Arguments.of("verb-stake-in", "Nissan, in which Renault holds a 44 percent stake, reported losses.",
                        "Renault|hold stake in|Nissan"),
                Arguments.of("verb-sum-to", "The United States lent $30 billion to General Motors.", "United States|lend to|General Motors"),
                Arguments.of("nominal-event-by-agent", "The invasion of Ukraine by Russia began in 2022.", "Russia|invasion of|Ukraine"),
                Arguments.of("passive-agent-thing-verb-preposition", "Sanctions were imposed on Russia by the European Union.",
                        "European Union|impose sanctions on|Russia"),
                Arguments.of("reduced-relative-agent-thing-preposition", "Sanctions imposed on Russia by the European Union have "
                        + "hurt its economy.", "European Union|impose sanctions on|Russia"));
    }

    private static String key(Triple t) {
        return RuleFileCases.key(t);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void ruleFindsItsTriple(String rule, String sentence, String expected) {
        RuleFileCases.assertRuleFinds(rule, sentence, expected);
    }

    /** A director named with a demonym is of that nationality, no state's director ("Mexican director Tomás Ibarra"). */
    @Test
    void aDirectorNamedWithADemonymIsNoStatesDirector() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Silverlight Pictures has signed Mexican director Tomás Ibarra."));
        assertTrue(keys.contains("Tomás Ibarra|citizen of|Mexico"), keys.toString());
        assertFalse(keys.contains("Tomás Ibarra|director of|Mexico"), keys.toString());
    }

    /** A company started with someone is co-founded; a club a coach started a match with a player in is not. */
    @Test
    void aCompanyStartedWithSomeoneIsCofoundedButNotAClubPlayedIn() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Northwind Technologies makes drones. Aline Uwase studied "
                + "engineering before starting the company with her brother, Eric Mugisha. Mikel Arteta started Arsenal with Bukayo Saka "
                + "on the left."));
        assertTrue(keys.contains("Eric Mugisha|co-found|Northwind Technologies"), keys.toString());
        assertFalse(keys.contains("Bukayo Saka|co-found|Arsenal"), keys.toString());
    }

    /** A firm whose lawyers act for a client represents the client; a court the lawyers appear at does not. */
    @Test
    void aFirmOfAClientsLawyersRepresentsTheClientButNotACourt() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Martin Ashcroft resigned on Monday. His lawyers at the firm "
                + "Mishcon de Reya said he would cooperate. His lawyers at the High Court asked for more time."));
        assertTrue(keys.contains("Mishcon de Reya|represent|Martin Ashcroft"), keys.toString());
        assertFalse(keys.contains("High Court|represent|Martin Ashcroft"), keys.toString());
    }

    /** An occupation after "as" with its employer is held there; a volunteer is no staff. */
    @Test
    void anOccupationWorkedAsAtAnOrganizationIsHeldThereButNotAVolunteers() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Nathalie Caron worked as a nurse at Maisonneuve-Rosemont "
                + "Hospital for nineteen years. Tom Baker worked as a volunteer at Maisonneuve-Rosemont Hospital."));
        assertTrue(keys.contains("Nathalie Caron|nurse at|Maisonneuve-Rosemont Hospital"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Tom Baker|volunteer")), keys.toString());
    }

    /** Money raised from an investor is its investment; concerns raised with a party are not. */
    @Test
    void moneyRaisedFromAnInvestorIsInvestedButNotConcerns() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Lumen Rail raised 18 million euros last year from small investors "
                + "and from Orbis Bank. Kestrel Motors raised concerns from Orbis Bank."));
        assertTrue(keys.contains("Orbis Bank|invest in|Lumen Rail"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.equals("Orbis Bank|invest in|Kestrel Motors")), keys.toString());
    }

    /** "remain" and "stay" keep a person's role as "become" starts one; a team remaining leader holds no role. */
    @Test
    void aRoleARemainingPersonKeepsIsHeld() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Ali Khan remains chief executive of Orbis Bank. Tim Cook remains "
                + "Apple's chief executive. Liverpool remained leader of the Premier League."));
        assertTrue(keys.containsAll(List.of("Ali Khan|chief executive of|Orbis Bank", "Tim Cook|chief executive of|Apple")), keys.toString());
        // a team's place at the top is no role
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Liverpool|leader")), keys.toString());
    }

    @Test
    void everyRuleInTheModelsHasACase() throws IOException {
        RuleFileCases.assertEveryRuleHasACase("relations.rules", cases());
    }

    @Test
    void aGoverningBodyActedOnStandsForItsOrganizationButNotInItsOwnMembership() {
        List<String> keys = TestPipeline.extract("The Seiryo University Staff Union accused the Seiryo University's management of failing "
                + "to consult it. Maria Lopez joined Apple's board in 2020.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Seiryo University Staff Union|accuse|Seiryo University"), keys.toString());
        assertTrue(keys.contains("Maria Lopez|join board of|Apple"), keys.toString());
        assertFalse(keys.contains("Maria Lopez|join|Apple"), keys.toString());
    }

    @Test
    void aClassNounPhraseMayOpenTheNameInApposition() {
        List<String> keys = TestPipeline.extract("The ITF worked on the case with its Malaysian affiliate, the National Union of Seafarers.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("ITF|work with|National Union of Seafarers"), keys.toString());
        // a list after a plural noun names no one the noun stands for
        ExtractionResult rivals = TestPipeline.extract("Revolut worked with its rivals, the banks Barclays and HSBC, on the rules.");
        List<String> list = rivals.triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(list.stream().noneMatch(k -> k.startsWith("Revolut|work with|")), list.toString());
        assertTrue(rivals.entities().stream().anyMatch(e -> e.name().equals("Barclays")), list.toString());
    }

    @Test
    void anAmountOfAnOrganizationOwnedButNotOfAMarket() {
        ExtractionResult r = TestPipeline.extract("Toyota owns 20 percent of Subaru. Hanbit Value Partners, a fund that owns 3 percent of "
                + "the market in South Korea, accused Hanul Foods. The Labour Party holds a majority of the House of Commons.");
        List<String> keys = r.triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Toyota|own percent of|Subaru"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Hanbit Value Partners|own")), keys.toString());
        // a majority only of shares makes a shareholder
        assertTrue(r.triples().stream().noneMatch(t -> t.subject().name().equals("Labour Party") && t.relation().name().equals("shareholder")),
                keys.toString());
    }

    @Test
    void anOccupationTheSubjectIsOfAnOrganizationIsHeldThereButNotBesideItsEmployerAfterAt() {
        List<String> keys = TestPipeline.extract("Anna Berg is a Google engineer. Dan Ives is an Apple analyst at Morgan Stanley. "
                + "Ana Ruiz, an Apple analyst at Morgan Stanley, said shares would rise.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Anna Berg|engineer of|Google"), keys.toString());
        // the organization after "at" employs the analyst; the one before is what the analyst covers
        assertTrue(keys.containsAll(List.of("Dan Ives|analyst at|Morgan Stanley", "Ana Ruiz|analyst at|Morgan Stanley")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|Apple")), keys.toString());
    }

    @Test
    void noTripleFromUnrelatedEntitiesOrAlone() {
        ExtractionResult r = TestPipeline.extract("Vladimir Putin arrived. North Korea is in Asia.");
        // both are found as entities; only nothing relates them
        assertEquals(List.of("Vladimir Putin", "North Korea"), r.entities().stream().map(e -> e.name()).toList());
        assertEquals(List.of(), r.triples().stream().map(RelationRulesTest::key).toList());
    }

    @Test
    void aMeasureOnWhatAPartyOwnsTargetsItButNotOneOnItsAlliesOrPartners() {
        List<String> keys = TestPipeline.extract("The United States imposed new sanctions on Iran's oil sector on Monday. "
                + "Britain imposed sanctions on Russia's military intelligence agency. "
                + "The EU imposed sanctions on Putin's allies on Friday. Washington imposed sanctions on Russia's trading partners in Asia. "
                + "Canada imposed sanctions on Lukashenko's sons. Washington imposed sanctions on Russia's critics.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("United States|impose sanctions on|Iran", "United Kingdom|impose sanctions on|Russia")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|Putin") || k.endsWith("|Lukashenko") || k.startsWith("United States|impose sanctions on|Russia")),
                keys.toString());
    }

    @Test
    void aRelativeClauseOnACapitalizedTitleInAppositionIsTheNamesAct() {
        // the tagger calls "MP" a proper noun; the clause on it is still Hillier's (not the party's)
        List<String> keys = TestPipeline.extract("Meg Hillier, the Labour Party MP who chairs the Treasury Committee, said the committee would act.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Meg Hillier|chair|Treasury Committee", "Meg Hillier|mp of|Labour Party")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Labour Party|")), keys.toString());
    }

    @Test
    void aPlaceKeptForAPeopleIsTheirsOnlyWhenAttacked() {
        List<String> keys = TestPipeline.extract("A camp for Syrian refugees was shelled by Russian aircraft. "
                + "A camp for Afghan refugees was built by Turkish engineers.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Russia|shell camp for|Syria"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Turkey|")), keys.toString());
    }

    @Test
    void aJobTakenAtAnOrganizationIsWorkThereButNotOneOffered() {
        List<String> keys = TestPipeline.extract("John Brown landed a job with the World Bank. Tom Hill was offered a job at Microsoft. "
                + "Emmanuel Macron took a tough position with the European Commission.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("John Brown|work at|World Bank"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Tom Hill|") || k.startsWith("Emmanuel Macron|")), keys.toString());
    }

    @Test
    void movingAThingFromACompanyIsNoLeavingIt() {
        List<String> keys = TestPipeline.extract("John Smith moved his savings from Barclays to Monzo. Jane Doe joined Microsoft from Google in 2019. "
                + "Declan Rice joined the club from West Ham United in 2023.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Jane Doe|leave|Google", "Declan Rice|leave|West Ham United")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("John Smith|leave")), keys.toString());
    }

    @Test
    void aConjoinedTitleWithItsOwnDeterminerDoesNotShareThePossessor() {
        List<String> keys = TestPipeline.extract("Winfried Kretschmann of the Greens won. Cem Özdemir, the Greens' lead candidate and a former "
                + "agriculture minister, will be deputy. Tim Sweeney, Epic Games's founder and chief executive, wrote on social media.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Cem Özdemir|lead candidate of|Greens", "Tim Sweeney|chief executive of|Epic Games")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Cem Özdemir|former")), keys.toString());
    }

    @Test
    void aClassNounInAppositionAfterTwoConjoinedNamesIsTheSecondsOnly() {
        List<String> keys = TestPipeline.extract("The University of Oxford and RIKEN, Japan's largest research institute, signed an agreement. "
                + "The Civil Aviation Safety Authority, Australia's aviation regulator, audited the base. "
                + "In Switzerland, Unia, the country's largest trade union, criticised the company and accused it of lying. "
                + "Toyota, Japan's largest carmaker, and Honda said they would cooperate. "
                + "The cut was agreed by DSB, Denmark's state railway company, and Skanetrafiken, the public-transport authority "
                + "owned by Region Skane, which jointly run the trains.")
                .triples().stream().map(RelationRulesTest::key).toList();
        // the parser conjoins the verbs to the name: no second name, so the apposition is Unia's; the second name's own
        // apposition leaves the first's to it
        assertTrue(keys.containsAll(List.of("Civil Aviation Safety Authority|based in|Australia", "Unia|based in|Switzerland",
                "Toyota|based in|Japan", "DSB|based in|Denmark")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("University of Oxford|based in")), keys.toString());
    }

    @Test
    void beingFromACountryIsNationalityButComingBackFromItIsNot() {
        List<String> keys = TestPipeline.extract("Iga Swiatek, who is from Poland, lost the final. Emmanuel Macron returned from Poland on Monday.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Iga Swiatek|citizen of|Poland"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Emmanuel Macron|citizen")), keys.toString());
        List<String> unsure = TestPipeline.extract("Police said Ahmed Hassan is not from Syria. Officials said Omar Khan may be from Iraq.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(unsure.stream().noneMatch(k -> k.contains("|citizen of|")), unsure.toString());
    }

    @Test
    void aPersonsFormerCompanyIsNotOwned() {
        List<String> keys = TestPipeline.extract("Jane Doe's former company Acme Logistics sued her. The film was produced by Ada Solomon's company Microfilm.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Ada Solomon|own|Microfilm"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Jane Doe|own")), keys.toString());
    }

    @Test
    void aBusinessNamedByItsNounIsTheObjectButNotAPlaceOrABrandsProduct() {
        List<String> keys = TestPipeline.extract("GN Store Nord owns the Jabra brand. Volkswagen sold the Golf model in China.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("GN Store Nord|own|Jabra"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Volkswagen|sell|")), keys.toString());
    }

    @Test
    void theCountryBeforeACompanysClassNounIsTheStorysOwnButNotBeforeATitle() {
        List<String> keys = TestPipeline.extract("Canada's economy grew in May. The Bank of Canada cut its rate, and exporters in Canada welcomed it. "
                + "Analysts at the bank and the government agreed. Analysts at Toronto-Dominion Bank, the country's second-largest lender, "
                + "forecast only one cut.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Toronto-Dominion Bank|based in|Canada"), keys.toString());
        List<String> titled = TestPipeline.extract("Syria's president met officials in Syria. Syria needs money. Turkey and Jordan offered aid. "
                + "Ahmed Hassan, the country's interior minister, spoke.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(titled.stream().noneMatch(k -> k.startsWith("Ahmed Hassan|")), titled.toString());
    }

    @Test
    void noFactOfAnActorAboutItselfButOneBetweenTwoSectorsOfACountry() {
        List<String> keys = TestPipeline.extract("Morocco rejected the plan. Its foreign minister, Nasser Bourita, said last week that Algeria "
                + "was trying to build \"a Maghreb without Morocco\", accusing Algiers of using the new grouping to support the Polisario Front.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Nasser Bourita|foreign minister of|Morocco"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Algeria|") && k.endsWith("|Algeria")), keys.toString());
        // two sectors of one country are two actors: the farmers and the government
        List<String> domestic = TestPipeline.extract("Radical French farmers said on Friday they would blockade Paris from Monday night.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(domestic.contains("France|blockade|France"), domestic.toString());
    }

    @Test
    void onlyAnOrganizationIsPartOfAnother() {
        List<String> keys = TestPipeline.extract("Ukraine is part of the Council of Europe. Eurowings, part of the Lufthansa Group, cancelled flights. "
                + "Manchester United is part of the Premier League.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Eurowings|part of|Lufthansa Group"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Ukraine|") || k.startsWith("Manchester United|part of")), keys.toString());
    }

    @Test
    void aStateNamedByAParticipleIsAFactButADeedDoneToTheSubjectIsNot() {
        List<String> keys = TestPipeline.extract("Calder Foods was sold to Redwood Capital in 2018. Calder Foods is listed on the London Stock Exchange.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Calder Foods|list on|London Stock Exchange"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Calder Foods|sell")), keys.toString());
    }

    @Test
    void aSecondTitleWithItsOwnDeterminerBeforeTheNameDoesNotShareThePossessor() {
        List<String> keys = TestPipeline.extract("Calder Foods lost the case. Calder's founder and a former chairman, Tom Reyes, said "
                + "the company would appeal. Calder's founder and chief executive, Ann Lee, agreed.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Ann Lee|chief executive of|Calder Foods"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("chairman of|Calder Foods")), keys.toString());
    }

    @Test
    void conjoinedSubjectsActingOnAPronounDoNotMeetEachOther() {
        List<String> keys = TestPipeline.extract("Mitsubishi Corporation and Sumitomo Metal Mining met him on Monday. "
                + "Mitsubishi Corporation and Sumitomo Metal Mining met on Tuesday.").triples().stream().map(RelationRulesTest::key).toList();
        assertEquals(1, keys.stream().filter(k -> k.equals("Mitsubishi Corporation|meet|Sumitomo Metal Mining")).count(), keys.toString());
    }

    @Test
    void aThingAnotherPartyOwnsIsNoActOfTheSubjectTowardItsRecipient() {
        List<String> keys = TestPipeline.extract("Macron criticized Russia's aid to Syria. The International Monetary Fund approved a "
                + "$2 billion payout to Argentina.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("International Monetary Fund|approve payout to|Argentina"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Macron|") && k.endsWith("|Syria")), keys.toString());
    }

    @Test
    void anOrganizationConjoinedWithAPlaceIsNoHome() {
        List<String> keys = TestPipeline.extract("The case was brought after complaints by Surfrider Foundation Europe, which is based "
                + "in Biarritz, France, and the bird protection league LPO.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Surfrider Foundation Europe|based in|France"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|based in|") && !k.endsWith("|France")), keys.toString());
    }

    @Test
    void aTitleAnotherPartyGaveIsNotTheAppointingOrganizations() {
        for (String text : List.of("Airbus hired former NASA administrator Jim Bridenstine in May.",
                "Airbus hired former administrator Jim Bridenstine in May.")) {
            List<String> keys = TestPipeline.extract(text).triples().stream().map(RelationRulesTest::key).toList();
            assertTrue(keys.contains("Airbus|hire|Jim Bridenstine"), keys.toString());
            assertTrue(keys.stream().noneMatch(k -> k.startsWith("Jim Bridenstine|") && k.endsWith("|Airbus") && !k.contains("|hire|")),
                    keys.toString());
        }
        // a body that suspends or confirms gives no title: "The Football Association suspended manager X"
        List<String> suspended = TestPipeline.extract("The Football Association suspended manager Mikel Arteta for two matches. "
                + "Aston Villa appointed manager Unai Emery in 2022.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(suspended.contains("Unai Emery|manager of|Aston Villa"), suspended.toString());
        assertTrue(suspended.stream().noneMatch(k -> k.startsWith("Mikel Arteta|") && k.endsWith("|Football Association")), suspended.toString());
    }

    @Test
    void aPostUnderALeaderIsServedUnderThemNotAPlaceOrATime() {
        List<Triple> triples = TestPipeline.extract("Ben Wallace, a former defence secretary under Boris Johnson, "
                + "criticised the plan. Under Boris Johnson, the economy grew. Anna Berg was a minister under the old constitution.").triples();
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("Ben Wallace|former defence secretary under|Boris Johnson")
                && t.relation().type().name().equals("served-under") && "former defence secretary".equals(t.relation().role())), triples.toString());
        assertTrue(triples.stream().noneMatch(t -> key(t).contains(" under|") && !key(t).startsWith("Ben Wallace|")), triples.toString());
    }

    @Test
    void anActInAppositionToAClauseIsNoNamesAndAFormerCitizenshipNone() {
        List<String> keys = TestPipeline.extract("Microsoft bought Activision Blizzard, a deal that the Federal Trade Commission opposed. "
                + "Gordon Baird, the businessman who has owned Wexcombe Rovers since 2004, met Ruth Lang. Helena Varga is a former "
                + "British citizen. Anna Berg is a British citizen.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Microsoft|buy|Activision Blizzard"), keys.toString());
        assertTrue(keys.contains("Gordon Baird|own|Wexcombe Rovers"), keys.toString());
        assertTrue(keys.contains("Anna Berg|citizen of|United Kingdom"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Federal Trade Commission|oppose|") || k.startsWith("Helena Varga|citizen")),
                keys.toString());
    }

    @Test
    void aSpelledAcronymTheTaggerCallsAPlaceIsTheOrganizationAndAPartnershipItsNamesProxy() {
        List<String> keys = TestPipeline.extract("He was talking to the International Center for Agricultural Research in the Dry Areas "
                + "(ICARDA). ICARDA, a member of the CGIAR research partnership, knows the vault well.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("International Center for Agricultural Research in the Dry Areas|member of|CGIAR"), keys.toString());
        // a consortium is often named after its lead member: no proxy
        keys = TestPipeline.extract("Equinor, a member of the Shell consortium, met Petrobras on Monday.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Equinor|meet|Petrobras"), keys.toString());
        assertFalse(keys.contains("Equinor|member of|Shell"), keys.toString());
    }

    @Test
    void anAppointersOwnTitleWithAFieldIsHeldInIt() {
        List<String> keys = TestPipeline.extract("Stockport Council voted to run collections itself. It has also hired Jenna Moss as its "
                + "director of environmental services.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Jenna Moss|director of|Stockport Council"), keys.toString());
        // a field that names another body is that body's title
        keys = TestPipeline.extract("Stockport Council voted to run collections itself. It has also hired Jenna Moss as its "
                + "director of the Greater Manchester Waste Authority.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Stockport Council|hire|Jenna Moss"), keys.toString());
        assertFalse(keys.contains("Jenna Moss|director of|Stockport Council"), keys.toString());
    }

    @Test
    void aCompanysClassNounNamesItsHomeButATradesDoesNot() {
        List<String> keys = TestPipeline.extract("Clearway Environmental is owned by the Paprec group of France. Pegatron, an Apple "
                + "supplier from Taiwan, will build a plant in Vietnam.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Paprec|based in|France"), keys.toString());
        assertFalse(keys.contains("Apple|based in|Taiwan"), keys.toString());
    }

    @Test
    void aDemonymsDescriptionWithARelativeClauseIsTheNamesAfterAStackedApposition() {
        // both appositions hang on "co-author"; the demonym makes "Spanish ecologist" a country's agent phrase
        List<String> keys = TestPipeline.extract("Her co-author, Tomás Ruiz, a Spanish ecologist who works for the Swedish University "
                + "of Agricultural Sciences, said the results were worrying.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Tomás Ruiz|work for|Swedish University of Agricultural Sciences"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Spain|")), keys.toString());
    }

    @Test
    void aMatterNotAThingIsTakenToABody() {
        List<String> keys = TestPipeline.extract("Ukraine took the wounded soldiers to the Red Cross. Kenya took the dispute to the "
                + "African Union.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Kenya|take dispute to|African Union"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Ukraine|") && k.endsWith("|Red Cross")), keys.toString());
    }

    @Test
    void aConjoinedTieIsOnlyTheNameRightAfterItsComma() {
        List<String> keys = TestPipeline.extract("Marta Kowalczyk thanked her coach and husband, Tomasz Wrona, and her mother, Anna Nowak. "
                + "Gustavo Reyes thanked his coach, his physio and his wife, Lucia Reyes, after the race. Chancellor Klaus Weber was "
                + "accompanied by his spokesman and adviser, Jens Hoff, and Finance Minister Lars Brandt.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Tomasz Wrona|husband of|Marta Kowalczyk"), keys.toString());
        assertTrue(keys.contains("Anna Nowak|mother of|Marta Kowalczyk"), keys.toString());
        assertTrue(keys.contains("Jens Hoff|adviser of|Klaus Weber"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Anna Nowak|husband") || k.startsWith("Anna Nowak|coach")
                || k.startsWith("Tomasz Wrona|mother") || k.startsWith("Lucia Reyes|coach") || k.startsWith("Lars Brandt|adviser")), keys.toString());
    }

    @Test
    void aPersonsActByAgentIsNoActOnThePossessor() {
        List<String> keys = TestPipeline.extract("France's offer by President Emmanuel Macron to host the talks was welcomed by Kenya. "
                + "Ukraine's invasion by Russia began in 2022.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Russia|invasion of|Ukraine"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Emmanuel Macron|offer of|France")), keys.toString());
    }

    @Test
    void aCompanysExecutivesActForIt() {
        List<String> keys = TestPipeline.extract("Margaret Quinlan will meet Meridian Terminals executives on Monday. "
                + "Tom Hadley met the executives in Sydney.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Margaret Quinlan|meet|Meridian Terminals"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Tom Hadley|meet")), keys.toString());
    }

    @Test
    void aPersonAppearsBeforeABodyNotBeforeAnEvent() {
        List<String> keys = TestPipeline.extract("Anders Holm will appear before the House of Representatives next month. "
                + "Jerome Powell spoke before the Group of Seven summit.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Anders Holm|appear before|House of Representatives"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Jerome Powell|speak before")), keys.toString());
    }

    @Test
    void anOwnJointRelationIsTheOwnersWhosePronounAgreesWithTheSubject() {
        List<String> keys = TestPipeline.extract("Birhanu Alemu was banned for doping. Adidas said Puma had ended his contract with Nike. "
                + "Colombia cut its ties with Israel.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Colombia|cut ties with|Israel"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Puma|") && k.endsWith("|Nike")), keys.toString());
        // a "his" that stands for no one named is still another's contract; a relation without an owner is the subject's
        List<String> unresolved = TestPipeline.extract("Puma had ended his contract with Nike. Colombia cut ties with Israel.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(unresolved.contains("Colombia|cut ties with|Israel"), unresolved.toString());
        assertTrue(unresolved.stream().noneMatch(k -> k.startsWith("Puma|") && k.endsWith("|Nike")), unresolved.toString());
    }

    @Test
    void aUnionsFederationOrAMarketRankIsNoEmployerNorHome() {
        List<String> keys = TestPipeline.extract("The Teamsters, the largest AFL-CIO union, threatened strikes. Unite, the biggest Ford "
                + "union, threatened strikes too. Toyota, one of America's best-selling carmakers, raised prices. Sunvale Pharma, one of "
                + "India's largest makers of generic medicines, raised prices. The fund sold its stake to Redwood Capital, an investor "
                + "based in the European Union.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Unite|union at|Ford"), keys.toString());
        assertTrue(keys.contains("Sunvale Pharma|based in|India"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|union at|AFL") || k.equals("Toyota|based in|United States")
                || k.startsWith("Redwood Capital|based in|")), keys.toString());
    }

    @Test
    void oneOfACountrysCompaniesIsTheFirstNamesOnly() {
        List<String> keys = TestPipeline.extract("Toyota, one of Japan's largest carmakers, and Honda agreed to cooperate.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Toyota|based in|Japan"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Honda|based in")), keys.toString());
    }

    @Test
    void aCountrysInvestorIsNoTieToIt() {
        List<String> keys = TestPipeline.extract("Warren Buffett, America's most famous investor, bought shares. "
                + "Nassef Sawiris, Aston Villa's largest shareholder, welcomed the deal.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Nassef Sawiris|shareholder of|Aston Villa"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Warren Buffett|investor of")), keys.toString());
    }

    @Test
    void aStateChambersCandidateIsNoPartyMember() {
        List<String> keys = TestPipeline.extract("Lisa Nandy, a Labour politician, and Jane Doe, a Senate candidate, spoke.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Lisa Nandy|member of|Labour"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Jane Doe|member of")), keys.toString());
    }

    @Test
    void namedExamplesOfAGroupOfPartiesArePartiesButNotExamplesOfAnything() {
        List<String> keys = TestPipeline.extract("The United States imposed sanctions on countries such as Iran and Syria. "
                + "Today, about 100,000 Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("United States|impose sanctions on|Iran", "United States|impose sanctions on|Syria")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|worship|")), keys.toString());
    }

    @Test
    void steppingInAsAnOfficerIsNoLeaving() {
        List<String> keys = TestPipeline.extract("John Smith stepped in as chairman of Barclays. Jane Doe stepped down as chief executive of Unilever.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("John Smith|chairman of|Barclays", "Jane Doe|leave|Unilever")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("John Smith|leave")), keys.toString());
    }

    @Test
    void onlyASpokenCallByPhoneLeavesTheVerbAndPreposition() {
        // a complaint or an appeal made by phone is still one; speaking by phone is a call, not a meeting
        List<String> keys = TestPipeline.extract("Erdogan complained to Biden by phone about the arms sale. "
                + "Macron appealed to Putin by telephone to halt the offensive. Scholz spoke with Zelensky by phone on Monday.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Erdogan|complain to|Biden", "Macron|appeal to|Putin", "Scholz|speak by phone with|Zelensky")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.equals("Scholz|speak with|Zelensky")), keys.toString());
    }

    @Test
    void aPartyWhoseLeaderIsNamedHasNoMemberInTheWhose() {
        // "whose" is the party's own here; the leader it names is its member
        List<String> keys = TestPipeline.extract("The Kurdistan Workers' Party, whose leader Abdullah Ocalan is in prison, "
                + "announced a ceasefire with Turkey.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Abdullah Ocalan|leader of|Kurdistan Workers' Party"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|member of|Kurdistan Workers' Party")), keys.toString());
    }

    @Test
    void onlyTheLeaderOfACountrysDelegationHoldsItsTitleThere() {
        // Wang Yi receives the delegation: China's minister, not Congo's (and not the lead story's Qatar's)
        List<String> keys = TestPipeline.extract("Qatar hosted the talks. Foreign Minister Wang Yi received the Congolese delegation in Beijing.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Wang Yi|foreign minister of|China"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Wang Yi|foreign minister of|") && !k.endsWith("|China")), keys.toString());
        // an organization's title is no state's office
        keys = TestPipeline.extract("Talks resumed in Istanbul. The Israeli delegation was led by Mossad chief David Barnea.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("David Barnea|chief of|Mossad"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.equals("David Barnea|chief of|Israel")), keys.toString());
    }

    @Test
    void coordinatedSubjectsOfAnAgreementWithAThirdPartyDidNotSignWithEachOther() {
        List<String> keys = TestPipeline.extract("Sweden, Finland and Norway signed the agreement with Russia.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Sweden|sign agreement with|Russia", "Finland|sign agreement with|Russia",
                "Norway|sign agreement with|Russia")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Sweden|sign") && k.endsWith("|Finland")), keys.toString());
    }

    @Test
    void conjoinedSubjectsShareTheirRelationOnlyWithEachOther() {
        // "their agreement with Iran" is each one's with Iran, not with each other; "their ties" are with each other
        List<String> keys = TestPipeline.extract("France and Germany strengthened their partnership with Iran. "
                + "France and Germany strengthened their partnership.").triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("1:France|strengthen partnership with|Germany"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:France") && k.endsWith("|Germany")), keys.toString());
    }

    @Test
    void aTitleIsNotHowOrWhenItCame() {
        List<String> keys = TestPipeline.extract("Ursula von der Leyen was re-elected president of the European Commission. "
                + "Finland became the 31st member of NATO on Tuesday. Kamala Harris, the acting president of the Senate, spoke. "
                + "Nathan Law became the youngest member of the Legislative Council.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Ursula von der Leyen|president of|European Commission", "Finland|member of|NATO",
                "Kamala Harris|acting president of|Senate", "Nathan Law|member of|Legislative Council")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("re-elected") || k.contains("31st") || k.contains("youngest")), keys.toString());
    }

    @Test
    void aPartyLeaderIsNoLeaderOfTheCountryAndANameIsNoAgent() {
        List<String> keys = TestPipeline.extract("Dutch centrist leader Rob Jetten met King Willem-Alexander. "
                + "Dutch opposition leader Geert Wilders criticized him. Hungarian nationalist Prime Minister Viktor Orban spoke. "
                + "French far-right leader Marine Le Pen criticized him. "
                + "The Internal Security Service, known by its Estonian acronym KAPO, arrested a Russian spy. "
                + "Kim Jong Un was received by Vladimir Putin.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Geert Wilders|opposition leader of|Netherlands", "Viktor Orban|nationalist prime minister of|Hungary",
                "Vladimir Putin|receive|Kim Jong Un", "Internal Security Service|arrest|Russia")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Rob Jetten|") && k.endsWith("|Netherlands")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Marine Le Pen|") && k.endsWith("|France")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("KAPO|know")), keys.toString());
    }

    @Test
    void aCountrysPossessiveOnACompanyIsItsHomeButNotOnAPublicBody() {
        List<String> keys = TestPipeline.extract("Italy's UniCredit launched a bid for Commerzbank. Brazil's Supreme Federal Court rejected the request. "
                + "Russia's Defense Ministry said it shot down drones. Chile's Republican Party won the vote.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("UniCredit|based in|Italy"), keys.toString());
        List<String> known = TestPipeline.extract("Israel's Mossad killed the scientist. Iran's Hezbollah fired rockets at Israel.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(known.contains("Hezbollah|fire rockets at|Israel"), known.toString());
        assertTrue(known.stream().noneMatch(k -> k.contains("|based in|")), known.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|based in|") && !k.startsWith("UniCredit|")), keys.toString());
    }

    @Test
    void aRoleInAnOrganizationIsNoRoleInACountryAndALeaningNamesItsOwnHolder() {
        List<String> keys = TestPipeline.extract("Jane Doe is an engineer in Siemens, and Anna Berg is a professor in Russia. "
                + "Labour MP Jess Phillips and Conservative lawmaker Tom Tugendhat met. Jane Doe sat on the bench of Shell.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Jane Doe|engineer in|Siemens", "Jess Phillips|meet|Tom Tugendhat")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Anna Berg|") || k.startsWith("Tom Tugendhat|conservative")
                || k.contains("|sit on")), keys.toString());
    }

    @Test
    void onlyAPartyHasPoliticiansAndOnlyAnAcademicBodyHasUnitsAt() {
        List<String> keys = TestPipeline.extract("Jane Doe, a Senate candidate in Ohio, criticized Donald Trump on Monday. Lisa Nandy, a "
                + "Labour politician, met Tom Smith, an NHS campaigner. Lawyers for the Justice Department at the Supreme Court argued the "
                + "case. The Pitt Rivers Museum at the University of Oxford returned twelve objects.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Lisa Nandy|member of|Labour", "Pitt Rivers Museum|part of|University of Oxford")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|member of|Senate") || k.contains("|member of|NHS")
                || k.startsWith("Justice Department|part of")), keys.toString());
    }

    @Test
    void aRoleNounWithTheCopulaTiesAPersonToAnOrganizationOnly() {
        List<String> keys = TestPipeline.extract("Aroha Kingi is a cellist in the Gothenburg Symphony Orchestra. Anna Berg is a "
                + "professor in Russia. Anna Berg is the daughter of Lars Berg.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Aroha Kingi|cellist in|Gothenburg Symphony Orchestra", "Anna Berg|daughter of|Lars Berg")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Anna Berg|professor")), keys.toString());
    }

    /** "X's members are A and B" names members; "has its headquarters in" a seat, not "its European headquarters". */
    @Test
    void membersAreAndHeadquartersHadButNotABase() {
        List<String> keys = TestPipeline.extract("The members of the Andean Community are Bolivia and Peru. Apple's newest member "
                + "is Lisa Cook. Google has its European headquarters in Ireland. Vestas has its base in Denmark.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Peru|member of|Andean Community", "Lisa Cook|member of|Apple")), keys.toString());
        assertTrue(keys.contains("Vestas|based in|Denmark"), keys.toString());
        // an institution's name, not a firm's ("Japan's largest trading house")
        List<String> bodies = TestPipeline.extract("Lithuania's parliament, the Seimas, voted on Thursday. Japan's largest trading "
                + "house, Kanemoto Corporation, said no.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(bodies.contains("Seimas|parliament of|Lithuania"), bodies.toString());
        assertTrue(bodies.stream().noneMatch(k -> k.startsWith("Kanemoto Corporation|house of")), bodies.toString());
        // a qualified seat is one of several
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Google|based in")), keys.toString());
    }

    @Test
    void aBodysMembersIncludeTheirListNotItsOtherThings() {
        List<Triple> triples = TestPipeline.extract("The European Free Trade Association's members do not include Sweden. "
                + "Microsoft's products include Windows. The Mexican Association of Data Centres, whose members include Microsoft, "
                + "met Amazon.").triples();
        List<String> keys = triples.stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Microsoft|member of|Mexican Association of Data Centres"), keys.toString());
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("Sweden|member of|European Free Trade Association") && t.negated()), keys.toString());
        // another noun's list is no membership
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Windows|") || k.contains("|member of|Microsoft")), keys.toString());
    }

    @Test
    void anOccupationAfterTheArticleWithItsOrganizationNamesTheApposedPersonsEmployer() {
        List<String> keys = TestPipeline.extract("Nubera was founded by the former Oracle engineer Kevin Marsh. The Chilean "
                + "journalist Ana Soto met Gabriel Boric. The engineer Tom Hale, a friend of Kevin Marsh, met Gabriel Boric.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Kevin Marsh|former engineer of|Oracle", "Ana Soto|meet|Gabriel Boric")), keys.toString());
        // a demonym states a nationality, and an occupation without an organization no employer
        assertTrue(keys.stream().noneMatch(k -> k.contains("|journalist of|") || k.startsWith("Tom Hale|engineer of")), keys.toString());
    }

    @Test
    void aDemonymBeforeAPrivateRoleStatesANationalityNotAnOffice() {
        List<String> keys = TestPipeline.extract("Dutch executive Hanneke Faber joined Logitech in 2023. Arne Slot, the Dutch coach, "
                + "joined Liverpool. Louis Gallois, the Airbus chief executive, met German Chancellor Olaf Scholz.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Hanneke Faber|citizen of|Netherlands", "Arne Slot|citizen of|Netherlands",
                "Louis Gallois|chief executive of|Airbus", "Olaf Scholz|chancellor of|Germany")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|executive of|Netherlands") || k.contains("|coach of|")), keys.toString());
    }

    @Test
    void onlyACountryBeforeBasedIsAnOrganizationsHomeAndOnlyACourtIsASuit() {
        List<String> keys = TestPipeline.extract("The Texas-based company Dell hired Maria Lopez, a Brazil-born engineer. "
                + "Apple took Google to the movies. Boeing took Airbus to court in 2022. Russian police took Alexei Navalny to a court "
                + "in Moscow on Monday. Coca-Cola, the Georgia-based beverage giant, reported higher sales. UPS, which is based in "
                + "Sandy Springs, Georgia, cut jobs.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Dell|hire|Maria Lopez", "Apple|take|Google", "Boeing|sue|Airbus")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|based in|") || k.startsWith("Apple|sue") || k.startsWith("Boeing|take")
                || k.contains("|sue|Alexei Navalny")), keys.toString());
    }

    @Test
    void aPersonDescribedAsAnOwnerIsNoCompanysParent() {
        List<String> keys = TestPipeline.extract("Nassef Sawiris, the owner of Aston Villa, met Unai Emery. Meta, the owner of Instagram, cut jobs.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Nassef Sawiris|owner of|Aston Villa"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Nassef Sawiris|own|")), keys.toString());
        List<String> former = TestPipeline.extract("General Electric, the former owner of NBC, reported higher profits. "
                + "Alphabet Inc, the parent company of Google, reported record profits.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(former.contains("Alphabet Inc|own|Google"), former.toString());
        assertTrue(former.stream().noneMatch(k -> k.startsWith("General Electric|own|")), former.toString());
    }

    @Test
    void aBodySetOffAfterAnOwnersNounOwnsThePossessor() {
        List<String> keys = TestPipeline.extract("The Oslo Post's owner, Nordmedia Group, said it would sell the newspaper. "
                + "Google's parent company, Alphabet, reported profits.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Nordmedia Group|own|Oslo Post", "Alphabet|own|Google")), keys.toString());
        // a former owner owns it no longer, a prospective one not yet
        ExtractionResult past = TestPipeline.extract("Lillestrøm SK's former owner, Nordmedia Group, sold the club. "
                + "Brann SK's prospective owner, Redwood Capital, failed to complete the takeover. "
                + "Nordmedia Group, the Bergen Post's owner, kept the newspaper.");
        List<String> pastKeys = past.triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(past.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().equals("Lillestrøm SK")),
                past.entities().toString());
        assertTrue(pastKeys.contains("Nordmedia Group|own|Bergen Post"), pastKeys.toString());
        assertTrue(pastKeys.stream().noneMatch(k -> k.startsWith("Nordmedia Group|") && k.endsWith("|Lillestrøm SK")
                || k.equals("Redwood Capital|own|Brann SK")), pastKeys.toString());
        assertTrue(past.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().equals("Brann SK")),
                past.entities().toString());
    }

    @Test
    void aNationalityBesideAPossessedTitleIsNoHolder() {
        List<String> keys = TestPipeline.extract("The team's South Korean coach, Park Sung-min, joined the club in January. "
                + "The South Korean president, Yoon Suk Yeol, met Joe Biden. Vodafone's German chief executive, Hannes Ametsreiter, resigned. "
                + "Telenor said its Swedish finance director, Lars Berg, would step down.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Yoon Suk Yeol|president of|South Korea", "Hannes Ametsreiter|chief executive of|Vodafone",
                        "Lars Berg|finance director of|Telenor")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Park Sung-min|coach of") || k.startsWith("Hannes Ametsreiter|chief executive of|Germany")
                        || k.startsWith("Lars Berg|finance director of|Sweden")),
                keys.toString());
    }

    @Test
    void aNameInsideAnAppositionIsNoConjoinedSubject() {
        List<String> keys = TestPipeline.extract("Kingfisher, the owner of the B&Q and Screwfix chains, agreed to buy Wickes. "
                + "Putin and North Korean leader Kim Jong Un met in Pyongyang.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Kingfisher|buy|Wickes", "Putin|meet|Kim Jong Un")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("B&Q|agree")), keys.toString());
    }

    @Test
    void aPersonWhoAppointsGivesNoOfficeOfTheirOwn() {
        List<String> keys = TestPipeline.extract("Donald Trump named Marco Rubio as secretary of state. France appointed Jean Dupont as ambassador. "
                + "The Senate confirmed Pete Hegseth as defense secretary on Friday.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Jean Dupont|ambassador of|France"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Marco Rubio|") && k.endsWith("|Donald Trump")), keys.toString());
        // a body that elects or confirms gives no office of its own
        assertTrue(keys.contains("Senate|confirm|Pete Hegseth"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Pete Hegseth|") && k.endsWith("|Senate")), keys.toString());
    }

    @Test
    void anOccupationIsARoleInAnOrganizationButNotInACountry() {
        List<String> keys = TestPipeline.extract("Reuters journalist Ahmed Hassan was killed. Chilean journalist Mónica González won the prize. "
                + "Google engineer Blake Lemoine was fired.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Ahmed Hassan|journalist of|Reuters", "Blake Lemoine|engineer of|Google")), keys.toString());
        // a demonym states her nationality only
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Mónica González|") && !k.equals("Mónica González|citizen of|Chile")), keys.toString());
        List<String> make = TestPipeline.extract("BMW driver John Smith was jailed for six years. Google engineer Blake Lemoine was fired.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(make.contains("Blake Lemoine|engineer of|Google"), make.toString());
        assertTrue(make.stream().noneMatch(k -> k.startsWith("John Smith|")), make.toString());
    }

    @Test
    void aStanceOnAnothersMeasureIsNoActOnItsTarget() {
        List<String> keys = TestPipeline.extract("Hungary vetoed the sanctions against Russia. Ukraine demanded reparations from Russia.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Hungary|")), keys.toString());
        assertTrue(keys.contains("Ukraine|demand reparations from|Russia"), keys.toString());
    }

    @Test
    void aWordOfAnEntitysNameIsNoPredicate() {
        // the parser takes "Party" of the name for an apposition to Wilders, with "(PVV)" its "for" phrase
        List<String> keys = TestPipeline.extract("Geert Wilders, whose Party for Freedom (PVV) tied with D66 as the largest party, "
                + "was excluded from the talks. Mark Carney faces voters on Monday. His Liberal Party is ahead in the polls.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Geert Wilders|party")), keys.toString());
        // a rule with a fixed predicate may anchor on a name's word
        assertTrue(keys.contains("Mark Carney|member of|Liberal Party"), keys.toString());
    }

    @Test
    void theLastWordOfAComplexPrepositionIsNoPrepositionOfTheVerb() {
        // "in reaction to", "in retaliation for": the noun's preposition, not the verb's, wherever the parser hangs it
        ExtractionResult r = TestPipeline.extract("Sehar Memon believed the social movement in reaction to Ahmed Mohamed helped. "
                + "Iran sent a letter to Qatar in response to Israel. Israel freed 90 prisoners in exchange for Hamas. "
                + "The United States sent weapons to Ukraine in exchange for minerals.");
        List<String> keys = r.triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.containsAll(List.of("1:Iran|send letter to|Qatar", "3:United States|send weapons to|Ukraine")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:") || k.endsWith("|Israel") || k.startsWith("2:")), keys.toString());
    }

    @Test
    void aDemonymJoinedToAParticipleOfTrainingOrOwningOrAPastCitizenshipStatesNoTie() {
        // a demonym before "-trained" says where, not who; a former citizen is none now
        // nor is a demonym before "-owned" its country: private owners of that nationality own the company
        List<String> keys = TestPipeline.extract("Crimson Koto became the latest Japanese-trained horse to win the race. "
                + "Markus Steiner, a former Austrian citizen, was convicted. Lena Hart, a Danish citizen, was released. "
                + "The Indian-owned Orbis Logistics cut 2,000 jobs.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Lena Hart|citizen of|Denmark"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("Japan") || k.contains("Austria") || k.contains("India")), keys.toString());
    }

    @Test
    void aTitleOfABodyNoEntityHoldsStandsForThePersonInApposition() {
        // the parser hangs the name on "Generalitat", which the tagger leaves untagged: the title is the signer
        List<String> keys = TestPipeline.extract("The contract was signed in Girona by the president of the Generalitat, Lena Hart, "
                + "with Orbis Bank's chairman, Tomas Berg.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Lena Hart|sign contract with|Tomas Berg"), keys.toString());
        assertTrue(keys.contains("Tomas Berg|chairman of|Orbis Bank"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Tomas Berg|sign")), keys.toString());
    }

    @Test
    void aWhereClauseOnABodyIsAWorkplaceOnlyForAVerbOfWork() {
        List<String> keys = TestPipeline.extract("The talks were held at Orbis Bank, where Lena Hart met Tomas Berg. Tomas Berg joined "
                + "Orbis Logistics, where he worked until 2019.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Tomas Berg|work at|Orbis Logistics"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|Orbis Bank")), keys.toString());
    }

    @Test
    void anAgencyOfATradeIsNoTie() {
        // an advertising or news agency serves clients and readers; a state's agency is the state's
        List<String> keys = TestPipeline.extract("Havas, the advertising agency of Orbis Bank, lost the account. Russia's largest "
                + "private news agency, Interfax, reported the explosion. Japan's space agency, JAXA, launched the probe.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("JAXA|agency of|Japan"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Havas|") || k.startsWith("Interfax|agency")), keys.toString());
    }

    @Test
    void aPrepositionOfTheObjectsOwnNameIsNoPrepositionOfTheVerb() {
        // the parser may hang "for Chemistry" of "the Max Planck Institute for Chemistry" on the verb while the name's
        // first words hang on the person before it; an appeal to a court whose name holds "for" keeps its court
        List<String> keys = TestPipeline.extract("Lena Hart, a geologist at the University of Cape Town who led the survey together "
                + "with Tomas Berg of the Max Planck Institute for Radio Astronomy in Bonn, Germany, said the rocks were old. "
                + "Omar Said will appeal to the Court of Arbitration for Sport.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Tomas Berg|member of|Max Planck Institute for Radio Astronomy"), keys.toString());
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("Omar Said|appeal") && k.endsWith("|Court of Arbitration for Sport")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("lead survey for")), keys.toString());
    }

    @Test
    void aParticipleDescribesTheNameOnlyThroughAnApposition() {
        // "the convoy led by ...": the convoy's leader, not Hezbollah's
        List<String> keys = TestPipeline.extract("Hezbollah attacked a convoy led by Israeli officers. "
                + "Ukraine, a country invaded by Russia in 2022, wants peace.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Russia|invade|Ukraine"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|lead|Hezbollah")), keys.toString());
    }

    @Test
    void aStanceOnTiesIsNoChangeOfTheSubjectsOwn() {
        List<String> keys = TestPipeline.extract("Russia and China condemned the ties. Egypt and Iran restored ties.").triples().stream()
                .map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("1:Egypt|restore ties with|Iran"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:")), keys.toString());
    }

    @Test
    void aDealArrangedByAnotherIsArrangedWithItsMakersOnly() {
        // a stance on the deal makes no party of it
        List<String> keys = TestPipeline.extract("Egypt criticized a deal brokered by Qatar. Israel and Hamas agreed a truce mediated by Qatar.")
                .triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("1:Qatar|mediate truce between|Hamas"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:Qatar")), keys.toString());
    }

    @Test
    void theTitleOneIsReplacedInIsTheSuccessors() {
        List<String> keys = TestPipeline.extract("Jens Stoltenberg was replaced by Mark Rutte as NATO secretary general.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Mark Rutte|secretary general of|NATO"), keys.toString());
        assertFalse(keys.contains("Jens Stoltenberg|secretary general of|NATO"), keys.toString());
    }

    @Test
    void aPastHoldersTitleTaggedAsAnAdjectiveIsNoPresentOffice() {
        List<String> keys = TestPipeline.extract("Late IAEA chief Yukiya Amano visited Iran. IAEA chief Rafael Grossi visited Iran.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Yukiya Amano|late chief of|IAEA", "Rafael Grossi|chief of|IAEA")), keys.toString());
        assertFalse(keys.contains("Yukiya Amano|chief of|IAEA"), keys.toString());
    }

    @Test
    void aDealTwoPartiesAnnounceWithAThirdIsNoDealBetweenThem() {
        List<String> keys = TestPipeline.extract("Egypt and Pakistan announced new loans. Brazil and Mexico announced currency swaps. "
                + "France and Germany announced a prisoner exchange. Italy and Spain announced a new partnership. "
                + "Argentina signed a currency swap with China.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Italy|announce partnership with|Spain", "Argentina|sign swap with|China")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Egypt|") || k.startsWith("Brazil|") || k.startsWith("France|")), keys.toString());
    }

    @Test
    void whatOneReceivesWithoutBeingGivenAThingIsNoGift() {
        List<String> keys = TestPipeline.extract("Israel received a warning from Iran. Ukraine received a visit from Antony Blinken. "
                + "Emmanuel Macron received a threat from Russia. Ukraine received weapons from Germany.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Germany|give weapons to|Ukraine"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|give warning") || k.contains("|give visit") || k.contains("|give threat")),
                keys.toString());
    }

    @Test
    void harmThatIsNoViolenceIsNoStrike() {
        List<String> keys = TestPipeline.extract("General Motors was hurt by a UAW strike. Rishi Sunak was damaged by a Labour attack "
                + "on his record. Hassan Nasrallah was killed in an Israeli airstrike.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Israel|kill|Hassan Nasrallah"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|General Motors") || k.endsWith("|Rishi Sunak")), keys.toString());
    }

    @Test
    void aListInsideAnAppositionIsTheDescriptionsNotTheSubjects() {
        List<String> keys = TestPipeline.extract("The Economic Community of West African States (ECOWAS) and the Alliance of Sahel "
                + "States (AES), the confederation of Mali, Burkina Faso and Niger, agreed on Thursday to preserve free movement.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Economic Community of West African States|agree|Alliance of Sahel States",
                "Niger|member of|Alliance of Sahel States")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|agree|Niger") || k.contains("|agree|Burkina Faso")
                || k.startsWith("Burkina Faso|agree")), keys.toString());
    }

    @Test
    void aSumForAPurposeThatHelpsNoOneIsNoGift() {
        List<String> keys = TestPipeline.extract("Germany pledged $5 million to study Russia's economy. Saudi Arabia pledged $1.2 billion "
                + "to rebuild Syria's electricity network.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Saudi Arabia|pledge to|Syria"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|Russia")), keys.toString());
    }

    @Test
    void aThingsOwnPartyIsNoPartyOfTheVerb() {
        List<String> keys = TestPipeline.extract("The EU negotiated Microsoft's purchase with Activision. "
                + "Pakistan negotiated a new programme with the IMF.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Pakistan|negotiate programme with|IMF"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|Activision")), keys.toString());
    }

    @Test
    void aCompanyNamedAsSomeonesIsNoParty() {
        List<String> keys = TestPipeline.extract("Musk's Tesla sold more cars. Ruto's United Democratic Alliance won the vote. "
                + "Ursula von der Leyen's European Union imposed new sanctions on Russia. Mark Rutte said his NATO alliance was ready. "
                + "Joe Biden's Congress approved aid to Ukraine. Roger Goodell's National Football League fined the team.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Ruto|member of|United Democratic Alliance"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|member of|")
                && !k.equals("Ruto|member of|United Democratic Alliance")), keys.toString());
    }

    @Test
    void anInfinitiveTwoStepsDownAControlChainHasTheChainsSubject() {
        List<String> keys = TestPipeline.extract("Nicusor Dan is expected to travel to Ukraine later this month to meet President "
                + "Volodymyr Zelenskyy. Antony Blinken, who was on a trip to Israel, met Benjamin Netanyahu.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Nicusor Dan|travel to|Ukraine", "Nicusor Dan|meet|Volodymyr Zelenskyy",
                "Antony Blinken|meet|Benjamin Netanyahu")), keys.toString());
    }

    @Test
    void aPlaceSecuredFromSomeoneIsGuardedNotWon() {
        List<String> keys = TestPipeline.extract("Egypt secured the border from Hamas. Egypt secured a loan from the IMF.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Egypt|secure loan from|IMF"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Egypt|secure border")), keys.toString());
    }

    @Test
    void aPastHoldersWordBeforeAPossessedTitleStaysInTheRole() {
        List<String> keys = TestPipeline.extract("Spain's former King Juan Carlos met Moroccan officials. Spain's King Felipe met them too.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Juan Carlos|former king of|Spain", "Felipe|king of|Spain")), keys.toString());
        assertFalse(keys.contains("Juan Carlos|king of|Spain"), keys.toString());
    }

    @Test
    void aMeetingInATimePhraseIsTheClauseSubjectsOnlyWhenNobodyElseOwnsIt() {
        ExtractionResult r = TestPipeline.extract("Sergey Brin met with Ahmed Mohamed during his visit to Google. "
                + "After talks between Israel and Hamas, Egypt said a deal was close. "
                + "After Joe Biden's talks with Xi Jinping, Antony Blinken said ties were stable. "
                + "Ahead of a meeting with Fumio Kishida, Joe Biden praised Japan. "
                + "After U.S. talks with Iran in Oman, Israel said it would not be bound. "
                + "During a visit to China by Antony Blinken, Wang Yi warned the United States. "
                + "Xi Jinping hosted Lula during a state visit to China. "
                + "Antony Blinken praised Qatar's role during talks with Hamas. "
                + "Joe Biden discussed Ukraine's security during talks with Olaf Scholz. "
                + "Antony Blinken praised the role of Qatar during talks with Hamas. "
                + "The Nigerian Union of Teachers called off its strike after talks with the Nigerian government.");
        List<String> keys = r.triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("3:Joe Biden|meeting with|Fumio Kishida"), keys.toString());
        // the subject's own thing ("its strike") takes the time phrase
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("10:") && k.endsWith("|talks with|Nigeria")), keys.toString());
        assertTrue(keys.containsAll(List.of("7:Antony Blinken|praise role of|Qatar", "8:Joe Biden|talks with|Olaf Scholz")), keys.toString());
        assertEquals(Modality.PLANNED, r.triples().stream().filter(t -> t.sentence() == 3 && t.predicate().equals("meeting with"))
                .findFirst().orElseThrow().modality());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:Sergey Brin|visit") || k.startsWith("1:Egypt|")
                || k.startsWith("2:Antony Blinken|") || k.startsWith("4:Israel|talks") || k.startsWith("5:Wang Yi|visit")
                || k.startsWith("6:Xi Jinping|visit") || k.startsWith("7:Antony Blinken|talks")
                || k.startsWith("9:Antony Blinken|talks")), keys.toString());
    }

    @Test
    void theAgentsOfCoordinatedPartiesNamedWithOfActForEach() {
        ExtractionResult r = TestPipeline.extract("The leaders of France, Germany and Britain met Volodymyr Zelensky in Kyiv. "
                + "The leader of France met Olaf Scholz.");
        List<String> keys = r.triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.containsAll(List.of("0:France|meet|Volodymyr Zelensky", "0:Germany|meet|Volodymyr Zelensky",
                "0:United Kingdom|meet|Volodymyr Zelensky")), keys.toString());
        assertTrue(keys.contains("1:France|meet|Olaf Scholz"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("1:Germany")), keys.toString());
        // as the object too
        ExtractionResult hosted = TestPipeline.extract("Joe Biden hosted the leaders of Japan and South Korea at Camp David.");
        List<String> hostedKeys = hosted.triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(hostedKeys.containsAll(List.of("Joe Biden|host|Japan", "Joe Biden|host|South Korea")), hostedKeys.toString());
    }

    @Test
    void partiesChangingTiesToAThirdAreNoPair() {
        ExtractionResult r = TestPipeline.extract("Britain and France cut ties to Iran. Britain and France restored diplomatic ties.");
        List<String> keys = r.triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:United Kingdom|cut ties with|France")), keys.toString());
        assertTrue(keys.contains("1:United Kingdom|restore ties with|France"), keys.toString());
    }

    @Test
    void onlyThePartyOnAVisitMakesIt() {
        ExtractionResult r = TestPipeline.extract("Antony Blinken is on a visit to Israel. Macron's focus is on a visit to China.");
        List<String> keys = r.triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("0:Antony Blinken|visit|Israel"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("1:")), keys.toString());
    }

    @Test
    void aStrikeNobodyIsNamedForHarmsNoParty() {
        ExtractionResult r = TestPipeline.extract("Hassan Nasrallah was killed in an airstrike in Beirut. "
                + "Ismail Haniyeh was killed by an Israeli strike in Tehran.");
        List<String> keys = r.triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:")), keys.toString());
        assertTrue(keys.contains("1:Israel|kill|Ismail Haniyeh"), keys.toString());
    }

    @Test
    void forceOnAThingIsOnItsOwnerOnlyForMilitaryOrPublicThings() {
        // a market, goods, a proxy or a labour strike's plant is no target of force; drones are
        ExtractionResult r = TestPipeline.extract("Germany hit the Russian market hard. Turkey bought Russian gas. "
                + "Poland destroyed Belarusian drones over its territory. Israel launched airstrikes on Iranian proxies in Syria. "
                + "The United Auto Workers struck a Ford facility in Michigan.");
        List<String> keys = r.triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        // drones are a state's military agents (agent-extras.tsv), as its aircraft: Belarus acts through them
        assertTrue(keys.contains("2:Poland|destroy|Belarus"), keys.toString());
        assertEquals("MIL", r.triples().stream().filter(t -> t.sentence() == 2).findFirst().orElseThrow().objectActor().sector());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:") || k.startsWith("1:") || k.endsWith("|Iran")
                || k.startsWith("4:United Auto Workers|strike")), keys.toString());
    }

    @Test
    void aNameBeforeItsCommaEnclosedDescriptionIsTheSubject() {
        // the parser makes "maker" the subject and leaves "Magna" hanging; not a name in an opening phrase
        List<String> keys = TestPipeline.extract("Magna, the Canadian auto parts maker, agreed to buy Opel. After meeting Putin, "
                + "the French president criticized Iran. France and Germany announced a deal with Iran.").triples().stream()
                .map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("0:Magna|buy|Opel"), keys.toString());
        assertTrue(keys.contains("2:France|announce deal with|Iran"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("1:Putin|criticize") || k.startsWith("2:France|announce deal with|Germany")),
                keys.toString());
    }

    @Test
    void aWhosePhraseBetweenCommasIsNoDescriptionOfTheNameBefore() {
        // "Hadley, whose brother, Ben Hadley, keeps wicket": the relative clause's subject is the brother
        List<String> keys = TestPipeline.extract("Tom Hadley was banned on Wednesday. Hadley, whose younger brother, Ben Hadley, keeps "
                + "wicket for Gloucestershire, apologised to Surrey's players.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Ben Hadley|keep wicket for|Gloucestershire"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Tom Hadley|keep")), keys.toString());
    }

    @Test
    void aGoverningBodyActsForItsOrganizationButIsNoneAsAThing() {
        ExtractionResult r = TestPipeline.extract("Sam Altman was fired by OpenAI's board. Fiat will appoint three members on "
                + "Chrysler's new board. Paul Whelan was repatriated from Russia.");
        List<String> keys = r.triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("0:OpenAI|fire|Sam Altman"), keys.toString());
        // firing a person is dismissal, no attack
        assertEquals("dismiss", r.triples().get(0).relation().type().name());
        assertTrue(r.triples().get(0).eventType() == null, r.triples().toString());
        // a person repatriated goes home: the country named is not the one sending
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("1:") || k.startsWith("2:Russia")), keys.toString());
    }

    @Test
    void aSumPutIntoACountryIsNoShare() {
        // investing in a country is no shareholding (see aShareIsHeldInAnOrganizationNotACountry); a sum "in aid" is the aid
        // rule's ("give aid to")
        List<String> keys = TestPipeline.extract("Microsoft will invest $10 billion in OpenAI. Germany sent $300 million in aid to Ukraine.")
                .triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("0:Microsoft|invest in|OpenAI"), keys.toString());
        assertTrue(keys.contains("1:Germany|send aid to|Ukraine"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.equals("1:Germany|send to|Ukraine")), keys.toString());
    }

    @Test
    void aFamilyTieHoldsBetweenPeopleOnly() {
        List<Triple> triples = TestPipeline.extract("Vietnam became Russia's partner. Kamala Harris is a partner of Doug Emhoff.").triples();
        Triple states = triples.stream().filter(t -> t.subject().name().equals("Vietnam")).findFirst().orElseThrow();
        Triple people = triples.stream().filter(t -> t.subject().name().equals("Kamala Harris")).findFirst().orElseThrow();
        assertEquals("partner", people.relation().name());
        assertEquals("family", people.relation().type().kind());
        assertEquals("partner of", states.relation().name());
        assertTrue(states.relation().type().wikidata() == null, states.relation().toString());
    }

    @Test
    void aTieNamedWithAnotherNounBeforeItIsNoFamilyTie() {
        List<String> keys = TestPipeline.extract("Benjamin Netanyahu's coalition partner Itamar Ben-Gvir threatened to quit. "
                + "Olaf Scholz's business partner, Hans Weber, sued Siemens. Fidel Castro's twin brother Raul Castro arrived. "
                + "Elon Musk's longtime partner Grimes arrived. Angela Merkel's SPD partner Olaf Scholz opposed the plan.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Raul Castro|brother of|Fidel Castro"), keys.toString());
        assertTrue(keys.contains("Grimes|partner of|Elon Musk"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("Ben-Gvir|partner") || k.contains("Hans Weber|partner")
                || k.equals("Olaf Scholz|partner of|Angela Merkel")), keys.toString());
    }

    @Test
    void theNamedMembersOfAGroupAreItsParties() {
        List<String> subjects = RuleFileCases.keys(TestPipeline.extract("Several leaders, including Emmanuel Macron and Olaf Scholz, criticized Donald Trump."));
        assertTrue(subjects.containsAll(List.of("Emmanuel Macron|criticize|Donald Trump", "Olaf Scholz|criticize|Donald Trump")), subjects.toString());
        List<String> objects = RuleFileCases.keys(TestPipeline.extract("Iran supplies weapons to militias, including Hezbollah and the Houthis."));
        assertTrue(objects.containsAll(List.of("Iran|supply weapons to|Hezbollah", "Iran|supply weapons to|Houthis")), objects.toString());
        // a group that is itself an entity keeps its relations to itself
        List<String> named = RuleFileCases.keys(TestPipeline.extract("The European Union, including France and Germany, sanctioned Russia."));
        assertTrue(named.contains("European Union|sanction|Russia"), named.toString());
        assertFalse(named.stream().anyMatch(k -> k.startsWith("France|sanction")), named.toString());
    }

    @Test
    void aFormerPostOrADeniedCitizenshipStatesNoTie() {
        List<String> former = RuleFileCases.keys(TestPipeline.extract("Alan Whitcombe, the former chief executive of Riverside Valley Hospitals Trust, retired on Monday."));
        assertFalse(former.contains("Alan Whitcombe|leave|Riverside Valley Hospitals Trust"), former.toString());
        assertTrue(former.contains("Alan Whitcombe|former chief executive of|Riverside Valley Hospitals Trust"), former.toString());
        List<String> from = RuleFileCases.keys(TestPipeline.extract("Alan Whitcombe, the chief executive of Riverside Valley Hospitals Trust, resigned from the board of Barclays."));
        assertFalse(from.contains("Alan Whitcombe|leave|Riverside Valley Hospitals Trust"), from.toString());
        assertTrue(from.contains("Alan Whitcombe|chief executive of|Riverside Valley Hospitals Trust"), from.toString());
        List<String> citizen = RuleFileCases.keys(TestPipeline.extract("Helena Varga is not a citizen of Ireland. Helena Varga may become a citizen of France. "
                + "Helena Varga met Leo Varadkar."));
        assertTrue(citizen.stream().noneMatch(k -> k.contains("citizen of")), citizen.toString());
        assertTrue(citizen.contains("Helena Varga|meet|Leo Varadkar"), citizen.toString());
    }

    @Test
    void aThirdConjunctAfterTwoTiesWithoutACommaIsNoneOfThem() {
        List<String> two = RuleFileCases.keys(TestPipeline.extract("Marta Kowalczyk thanked her husband and Tomasz Wrona."));
        assertTrue(two.stream().noneMatch(k -> k.startsWith("Tomasz Wrona|husband")), two.toString());
        assertTrue(two.contains("Marta Kowalczyk|thank|Tomasz Wrona"), two.toString());
        List<String> son = RuleFileCases.keys(TestPipeline.extract("Joe Biden thanked his wife and his son, Hunter Biden."));
        assertTrue(son.contains("Hunter Biden|son of|Joe Biden"), son.toString());
        assertFalse(son.contains("Hunter Biden|wife of|Joe Biden"), son.toString());
    }

    @Test
    void aRelativeClauseOnAnAppositionIsSaidOfTheName() {
        List<String> owned = RuleFileCases.keys(TestPipeline.extract("Beacon Ridge Capital agreed to buy the club from Gordon Baird, "
                + "the businessman who has owned Wexcombe Rovers since 2004."));
        assertTrue(owned.contains("Gordon Baird|own|Wexcombe Rovers"), owned.toString());
        List<String> led = RuleFileCases.keys(TestPipeline.extract("Angela Merkel, the chancellor who led Germany for 16 years, met Joe Biden."));
        assertTrue(led.containsAll(List.of("Angela Merkel|lead|Germany", "Angela Merkel|meet|Joe Biden")), led.toString());
        // a noun of another name is about that name; a second apposition describes the first
        List<String> subsidiary = RuleFileCases.keys(TestPipeline.extract("The EVG union accused DB InfraGO, the Deutsche Bahn subsidiary "
                + "that manages the network, of ignoring complaints."));
        assertTrue(subsidiary.contains("DB InfraGO|subsidiary of|Deutsche Bahn"), subsidiary.toString());
        List<String> coalition = RuleFileCases.keys(TestPipeline.extract("Corneille Nangaa, the leader of the Congo River Alliance, "
                + "the political coalition that includes M23, did not travel to Doha."));
        assertFalse(coalition.contains("Corneille Nangaa|include|M23"), coalition.toString());
        assertTrue(coalition.stream().anyMatch(k -> k.startsWith("Corneille Nangaa|leader of|Congo River Alliance")), coalition.toString());
        // a clause opened by "who" after a person's second apposition is the person's
        List<String> worked = RuleFileCases.keys(TestPipeline.extract("The project was led by Aizhan Bekova, the head of the centre, a "
                + "computational linguist who worked for Google in Zurich."));
        assertTrue(worked.contains("Aizhan Bekova|work for|Google"), worked.toString());
    }

    @Test
    void namesAPluralNounClassesAreEachAParty() {
        List<String> founders = RuleFileCases.keys(TestPipeline.extract("Tidewater Renewables was founded in 2012 by the engineers Conor Flynn and Maeve Flynn."));
        assertTrue(founders.containsAll(List.of("Conor Flynn|found|Tidewater Renewables", "Maeve Flynn|found|Tidewater Renewables")), founders.toString());
        List<String> met = RuleFileCases.keys(TestPipeline.extract("The ministers Annalena Baerbock and Antony Blinken met Wang Yi in Beijing."));
        assertTrue(met.containsAll(List.of("Annalena Baerbock|meet|Wang Yi", "Antony Blinken|meet|Wang Yi")), met.toString());
        List<String> merger = RuleFileCases.keys(TestPipeline.extract("The regulator Ofcom blocked the proposed merger of the supermarket chains Harwood Foods and Greenvale Markets."));
        assertTrue(merger.containsAll(List.of("Ofcom|block merger of|Harwood Foods", "Ofcom|block merger of|Greenvale Markets",
                "Harwood Foods|merger with|Greenvale Markets")), merger.toString());
        // "of" names both parties only after a noun of lexicon/joint-of-nouns.txt
        List<String> consent = RuleFileCases.keys(TestPipeline.extract("The agreement of France and Germany is needed, Olaf Scholz said."));
        assertFalse(consent.stream().anyMatch(k -> k.startsWith("France|agreement")), consent.toString());
        assertTrue(TestPipeline.extract("The agreement of France and Germany is needed, Olaf Scholz said.").entities().size() >= 3, consent.toString());
        // a name joined to the noun's own (not the name the noun classes) is no party
        List<String> one = RuleFileCases.keys(TestPipeline.extract("Tidewater Renewables was founded by the engineer Conor Flynn and later bought by Siemens."));
        assertTrue(one.contains("Conor Flynn|found|Tidewater Renewables"), one.toString());
        assertFalse(one.contains("Siemens|found|Tidewater Renewables"), one.toString());
    }

    @Test
    void theTwoPartiesNamedBeforeActTogetherOrEachAlone() {
        List<String> signed = TestPipeline.extract("Vladimir Putin met Kim Jong Un. The two leaders signed a mutual defence pact.").triples()
                .stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(signed.contains("1:Vladimir Putin|sign pact with|Kim Jong Un"), signed.toString());
        List<String> condemned = TestPipeline.extract("Egypt and Qatar mediated the talks. The two countries condemned Israel.").triples()
                .stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(condemned.containsAll(List.of("1:Egypt|condemn|Israel", "1:Qatar|condemn|Israel")), condemned.toString());
        // "both" as "the two", also as an object
        List<String> both = TestPipeline.extract("Canada and Mexico agreed to coordinate. Donald Trump accused both countries of failing to stop migrants.")
                .triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(both.containsAll(List.of("1:Donald Trump|accuse|Canada", "1:Donald Trump|accuse|Mexico")), both.toString());
        // the pair as an object: each of the two
        List<String> object = TestPipeline.extract("Vladimir Putin met Xi Jinping. NATO criticized the two leaders.").triples()
                .stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(object.containsAll(List.of("1:NATO|criticize|Vladimir Putin", "1:NATO|criticize|Xi Jinping")), object.toString());
        // "the two leaders of Congress" are others, and a party of the sentence is none of its pair
        List<String> others = TestPipeline.extract("Joe Biden called Emmanuel Macron. Macron then met the two leaders of Congress.").triples()
                .stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(others.contains("0:Joe Biden|call|Emmanuel Macron"), others.toString());
        assertTrue(others.stream().noneMatch(k -> k.contains("Joe Biden") && k.startsWith("1:")), others.toString());
        // the sentences just before name no pair: the story's last pair named as one, not the end of a longer list
        List<String> list = TestPipeline.extract("Brazil, Chile and Peru protested. The tariffs took effect on Monday. The dispute "
                + "dragged on. Jamieson Greer accused both countries of allowing cheap steel in. Jamieson Greer criticized Brazil.")
                .triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(list.contains("4:Jamieson Greer|criticize|Brazil"), list.toString());
        assertTrue(list.stream().noneMatch(k -> k.startsWith("3:")), list.toString());
        List<String> accused = TestPipeline.extract("Canada and Mexico agreed to coordinate their response. The tariffs took effect on "
                + "Monday. Jamieson Greer accused both countries of allowing cheap steel in.").triples()
                .stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(accused.containsAll(List.of("2:Jamieson Greer|accuse|Canada", "2:Jamieson Greer|accuse|Mexico")), accused.toString());
        // people named before are no two countries
        List<String> kinds = TestPipeline.extract("Joe Biden met Xi Jinping. The two countries signed a pact.").triples()
                .stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(kinds.contains("0:Joe Biden|meet|Xi Jinping"), kinds.toString());
        assertTrue(kinds.stream().noneMatch(k -> k.startsWith("1:")), kinds.toString());
    }

    @Test
    void aPersonsActOnAThingOfTheirOwnCountryJoinsNoTwoParties() {
        List<String> keys = TestPipeline.extract("Israeli Prime Minister Benjamin Netanyahu vowed to defend Israel's security. "
                + "Joe Biden praised Japan's leadership.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Joe Biden|praise leadership of|Japan", "Benjamin Netanyahu|prime minister of|Israel")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Benjamin Netanyahu|defend")), keys.toString());
    }

    @Test
    void aShareIsHeldInAnOrganizationNotACountry() {
        List<Triple> triples = TestPipeline.extract("Saudi Arabia will invest $10 billion in Pakistan. Qatar invested 2 billion euros in Volkswagen.")
                .triples();
        Triple country = triples.stream().filter(t -> t.object().name().equals("Pakistan")).findFirst().orElseThrow();
        Triple company = triples.stream().filter(t -> t.object().name().equals("Volkswagen")).findFirst().orElseThrow();
        assertEquals("shareholder", company.relation().name());
        assertEquals("invest in", country.relation().name());
        assertTrue(country.relation().type().wikidata() == null, country.relation().toString());
    }

    @Test
    void onlyANameOpeningTheSentenceIsTheSubjectOfItsDescription() {
        List<String> keys = TestPipeline.extract("Speaking to CNN, the minister, a close ally of Netanyahu, criticized Iran. "
                + "Magna, the Canadian auto parts maker, agreed to buy Opel.").triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("1:Magna|buy|Opel"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:CNN")), keys.toString());
    }

    @Test
    void aStanceOnAMeasureIsNoMeasure() {
        // criticizing sanctions against Russia is no sanction; the participle with an auxiliary is a main verb
        List<String> keys = TestPipeline.extract("Sanctions against Russia were criticized by Hungary. Weapons were supplied to "
                + "Russia by Iran.").triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("1:Iran|supply weapons to|Russia"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:")), keys.toString());
    }

    @Test
    void theTitleGoesToTheOneAppointedOrTheSuccessor() {
        List<String> keys = TestPipeline.extract("Tim Cook replaced Steve Jobs as chief executive of Apple in 2011. "
                + "Murdoch named Robert Thomson as chief executive of Dow Jones.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Tim Cook|chief executive of|Apple"), keys.toString());
        assertTrue(keys.contains("Robert Thomson|chief executive of|Dow Jones"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Steve Jobs|chief") || k.startsWith("Murdoch|chief")), keys.toString());
    }

    @Test
    void anAllianceIsAStandingTieNotAnEvent() {
        List<Triple> triples = TestPipeline.extract("Japan, a close ally of the United States, protested. Russia attacked Ukraine.").triples();
        Triple ally = triples.stream().filter(t -> t.predicate().equals("ally of")).findFirst().orElseThrow(() -> new AssertionError(triples.toString()));
        assertEquals("alliance", ally.relation().name());
        assertEquals(null, ally.eventType(), ally.toString());
        assertTrue(triples.stream().anyMatch(t -> t.predicate().equals("attack") && t.eventType() != null), triples.toString());
    }

    @Test
    void speakingIsARelationOnlyByPhone() {
        List<String> keys = TestPipeline.extract("Biden and Netanyahu spoke at the conference. Biden and Netanyahu talked by "
                + "telephone. Japan is an ally of the United States.").triples().stream()
                .map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("1:Biden|talk by phone with|Netanyahu"), keys.toString());
        assertTrue(keys.contains("2:Japan|ally of|United States"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:")), keys.toString());
    }

    @Test
    void onlyArmedForcesPutNearACountryFaceIt() {
        // an embassy or headquarters moved is no force; troops sent into a country are the plain "deploy troops to"
        ExtractionResult r = TestPipeline.extract("Vietnam moved its embassy to the border with Laos. Maersk stationed vessels "
                + "off Somalia. The United States deployed troops to Poland. China stationed warships off Taiwan.");
        List<String> keys = r.triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("3:China|station warships off|Taiwan"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:") || k.startsWith("1:")), keys.toString());
        // troops sent into a country protect it: aid, no show of force against it
        Triple poland = r.triples().stream().filter(t -> key(t).equals("United States|deploy troops to|Poland")).findFirst().orElseThrow();
        assertEquals("AID", poland.eventType().plover());
        Triple taiwan = r.triples().stream().filter(t -> t.object().name().equals("Taiwan")).findFirst().orElseThrow();
        assertEquals("MOBILIZE", taiwan.eventType().plover());
    }

    @Test
    void onlyAFacilityInACountryIsAPartysThere() {
        // talks opened in a country are only set there
        List<String> keys = TestPipeline.extract("Toyota opened talks in France. Toyota opened a plant in Mexico.").triples().stream()
                .map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("1:Toyota|open plant in|Mexico"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("0:")), keys.toString());
    }

    @Test
    void aPossessiveAfterAListIsTheNameRightBeforeAnd() {
        List<String> keys = TestPipeline.extract("Donald Trump welcomed Emmanuel Macron, Benjamin Netanyahu and his wife, Sara Netanyahu, "
                + "to the White House.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Donald Trump|welcome|Emmanuel Macron"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.equals("Sara Netanyahu|wife of|Emmanuel Macron")), keys.toString());
    }

    @Test
    void onlyATieNounOrAStateInstitutionJoinsTwoNamesInACompound() {
        // "Toyota rival Honda" and "Apple supplier Foxconn" name no ownership; a party is no institution of the state
        List<String> keys = TestPipeline.extract("Toyota rival Honda cut prices. Apple supplier Foxconn hired workers. "
                + "Airbus parent EADS cut jobs. Israeli army spokesman Daniel Hagari spoke. Japanese ruling party lawmaker Taro Kono spoke.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("EADS|parent of|Airbus", "Daniel Hagari|army spokesman of|Israel")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Honda|") || k.startsWith("Foxconn|")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Taro Kono|") && k.endsWith("|Japan")), keys.toString());
    }

    @Test
    void anOfficeOfTheStateIsNoPersonalRole() {
        List<String> keys = TestPipeline.extract("Sergei Lavrov, Vladimir Putin's foreign minister, met Wang Yi. "
                + "Jake Sullivan, Joe Biden's national security adviser, met Wang Yi.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Jake Sullivan|national security adviser of|Joe Biden"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Sergei Lavrov|foreign minister of|Vladimir Putin")), keys.toString());
    }

    @Test
    void sayingIsNoRelationAndARelativeClauseNoPossessedObject() {
        // the parser makes "the nation" the object of "said"; "which" hangs on the wrong noun
        ExtractionResult r = TestPipeline.extract("Japan hosted the summit. Fumio Kishida said the nation would support Ukraine. "
                + "Politicians in Germany criticized GM's cancellation of the Magna deal, which the German government had favoured. "
                + "The GAO upheld Boeing's protest. Amara Okafor, who heads Google's network infrastructure, spoke.");
        List<String> keys = r.triples().stream().map(t -> t.sentence() + ":" + key(t)).toList();
        assertTrue(keys.contains("3:GAO|uphold protest of|Boeing"), keys.toString());
        // a "who" clause on a person has a sure antecedent; on a body it is its people's
        assertTrue(keys.contains("4:Amara Okafor|head infrastructure of|Google"), keys.toString());
        ExtractionResult body = TestPipeline.extract("Shareholders of Twitter, who rejected Musk's offer, met on Tuesday.");
        assertTrue(body.triples().stream().noneMatch(t -> t.rule().equals("verb-possessed-object")), body.triples().toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|say|") || k.contains("favour")), keys.toString());
    }

    @Test
    void aMediatorBetweenTwoSidesDoesNotMakeThemActWithEachOther() {
        for (String sentence : List.of("Egypt mediated between Israel and Hamas.", "Egypt offered to mediate between Israel and Hamas.")) {
            List<String> keys = TestPipeline.extract(sentence).triples().stream().map(RelationRulesTest::key).toList();
            assertTrue(keys.containsAll(List.of("Egypt|mediate between|Israel", "Egypt|mediate between|Hamas")), sentence + keys);
            assertTrue(keys.stream().noneMatch(k -> k.startsWith("Israel|") || k.startsWith("Hamas|")), sentence + keys);
        }
    }

    @Test
    void aStanceOnAnothersActIsNotThatAct() {
        // "opposed the sanctions against Russia": the sanctions are someone else's
        ExtractionResult opposed = TestPipeline.extract("China opposed the sanctions against Russia. Sanctions against Russia were criticized by China. "
                + "China welcomed the talks with Russia. China risks a wider war with Russia.");
        assertEquals(List.of("China", "Russia"), opposed.entities().stream().map(e -> e.name()).toList());
        assertTrue(opposed.triples().stream().noneMatch(t -> t.predicate().contains("sanctions against") || t.predicate().contains("talks with")
                || t.predicate().contains("war with")), opposed.triples().toString());
        // someone else's deal: the regulator approves it, it has no deal with the other side
        List<String> approved = TestPipeline.extract("The European Commission approved Microsoft's deal with Nokia.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(approved.contains("Microsoft|deal with|Nokia"), approved.toString());
        assertTrue(approved.stream().noneMatch(k -> k.startsWith("European Commission|approve deal with")), approved.toString());
        List<String> won = TestPipeline.extract("Donald Trump won the election against Kamala Harris.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(won.contains("Donald Trump|win election against|Kamala Harris"), won.toString());
    }

    @Test
    void aCapitalizedTitleRightBeforeANameActsAsThePerson() {
        List<String> keys = TestPipeline.extract("Israel's Prime Minister Benjamin Netanyahu met U.S. President Joe Biden at the White House.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Benjamin Netanyahu|meet|Joe Biden", "Benjamin Netanyahu|prime minister of|Israel",
                "Joe Biden|president of|United States")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Joe Biden|prime minister")), keys.toString());
    }

    @Test
    void aTitleAfterAsWithAnObjectIsTheObjects() {
        List<String> keys = TestPipeline.extract("Rupert Murdoch named Robert Thomson as chief executive of News Corp.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Rupert Murdoch|name|Robert Thomson"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Rupert Murdoch|chief executive")), keys.toString());
    }

    @Test
    void onlyAJointActByConjoinedAgentsIsWithEachOther() {
        List<String> hosted = TestPipeline.extract("The talks were hosted by Qatar and Egypt. The treaty was signed by Britain and France.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(hosted.contains("United Kingdom|sign treaty with|France"), hosted.toString());
        assertTrue(hosted.stream().noneMatch(k -> k.startsWith("Qatar|") || k.startsWith("Egypt|")), hosted.toString());
    }

    @Test
    void aTitleWithItsNameInAppositionActsAsThePersonNotTheCountry() {
        List<String> keys = TestPipeline.extract("The French president, Emmanuel Macron, hosted Olaf Scholz.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Emmanuel Macron|host|Olaf Scholz", "Emmanuel Macron|president of|France")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("France|host")), keys.toString());
        // a kin noun whose apposition is a title before the name acts as the person
        List<String> uncle = TestPipeline.extract("Arif Rahman stepped down. He had been criticised by his uncle, the former captain "
                + "Habibul Islam, who wrote in a newspaper column.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(uncle.contains("Habibul Islam|criticise|Arif Rahman"), uncle.toString());
        assertTrue(uncle.stream().noneMatch(k -> k.startsWith("Arif Rahman|criticise")), uncle.toString());
    }

    @Test
    void onlyAThingHandedOverHasARecipientOnIt() {
        List<String> keys = TestPipeline.extract("Toyota built a new plant for Honda in Ohio. Olaf Scholz pledged more air defence systems "
                + "for Ukraine. The United States offered a $10 million reward for Hamas leaders.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Olaf Scholz|pledge systems for|Ukraine"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Toyota|") || k.endsWith("|Hamas")), keys.toString());
    }

    @Test
    void aTitleOfACountryWithItsHolderNamedAfterIsThePersonMet() {
        List<String> keys = TestPipeline.extract("Abbas Araghchi met the Emir of Qatar, Tamim bin Hamad Al Thani, in Doha.").triples()
                .stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Abbas Araghchi|meet|Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani|emir of|Qatar")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.equals("Abbas Araghchi|meet|Qatar")), keys.toString());
    }

    @Test
    void aSumInAKindOfHelpIsNamedByTheHelpOnce() {
        List<String> keys = TestPipeline.extract("Japan will provide 100 million dollars in loans to Indonesia.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertEquals(List.of("Japan|provide loans to|Indonesia"), keys);
        // no sum: "the movement in reaction to Mohamed" names no help given to him
        // the recipient hangs on the verb, the sum or the help, not anywhere below them
        List<String> near = TestPipeline.extract("The United States gave $1 billion in aid to Egypt, according to a letter to Congress.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(near.contains("United States|give aid to|Egypt"), near.toString());
        assertTrue(near.stream().noneMatch(k -> k.endsWith("|Congress")), near.toString());
    }

    @Test
    void aNounInAppositionIsNoMemberOfWhatItHeads() {
        List<String> keys = TestPipeline.extract("Co-founder of Google, Sergey Brin, met the students.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Sergey Brin|co-founder of|Google"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("member of")), keys.toString());
    }

    @Test
    void refusingAndVowingQualifyTheActTheyGovern() {
        ExtractionResult refused = TestPipeline.extract("Vladimir Putin refused to meet Volodymyr Zelensky.");
        Triple meet = refused.triples().stream().filter(t -> t.predicate().equals("meet")).findFirst().orElseThrow();
        assertTrue(meet.negated());
        ExtractionResult vowed = TestPipeline.extract("Joe Biden vowed to defend Taiwan.");
        Triple defend = vowed.triples().stream().filter(t -> t.predicate().equals("defend")).findFirst().orElseThrow();
        assertEquals(Modality.PLANNED, defend.modality());
        assertEquals(false, defend.negated());
    }

    @Test
    void aSumReceivedGivesOnlyWhenTheGiverIsNamedNearIt() {
        List<String> near = TestPipeline.extract("General Motors received $30 billion in loans from Canada.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(near.contains("Canada|give loans to|General Motors"), near.toString());
        // "from Canada" belongs to the officials of the talks, three words down: no giver
        List<String> far = TestPipeline.extract("General Motors received $30 billion in loans after talks with officials from Canada.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(far.stream().noneMatch(k -> k.startsWith("Canada|give")), far.toString());
    }

    @Test
    void theDoersOfADeedAreNotRelatedByDoingItTogether() {
        List<String> keys = TestPipeline.extract("Malaysia and Indonesia have maintained a policy that Thailand criticized.").triples()
                .stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Thailand|criticize|Malaysia", "Thailand|criticize|Indonesia")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Malaysia|") && k.endsWith("|Indonesia")), keys.toString());
    }

    @Test
    void aPartnerInAFieldIsNoFamilyTie() {
        List<Triple> wrong = TestPipeline.extract("Giorgia Meloni is Viktor Orban's partner in the European Parliament.").triples();
        assertTrue(wrong.stream().noneMatch(t -> t.rule().startsWith("copula-kin")), wrong.toString());
        List<String> right = TestPipeline.extract("Hunter Biden is Joe Biden's son.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(right.contains("Hunter Biden|son of|Joe Biden"), right.toString());
    }

    @Test
    void aCoalitionNamedBeforeItsNounIsTheOrganization() {
        List<String> keys = TestPipeline.extract("Evelyn Matthei, the candidate of the centre-right Chile Vamos coalition, lost.").triples()
                .stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Evelyn Matthei|candidate of|Chile Vamos"), keys.toString());
    }

    @Test
    void aGroupActsAsTheMembersNamedAfterOf() {
        List<String> right = TestPipeline.extract("A first patch of Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday. "
                + "A delegation of Chinese officials met Kim Jong Un.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(right.contains("Bangladesh|arrive in|Sierra Leone"), right.toString());
        assertTrue(right.contains("China|meet|Kim Jong Un"), right.toString());
        // students from a country are no agents of it
        List<Triple> none = TestPipeline.extract("A group of students from Chile visited Argentina.").triples();
        assertTrue(none.stream().noneMatch(t -> t.subject().name().equals("Chile")), none.toString());
    }

    @Test
    void aRankInAMarketOrATitleWhereSomeoneSpokeSaysNothingOfWhereOrForWhom() {
        List<Triple> wrong = TestPipeline.extract("Toyota, the best-selling automaker in the United States, raised prices. "
                + "The Ford Motor Company, the second-largest car manufacturer in America, cut jobs. "
                + "Biden spoke as president at the United Nations on Tuesday.").triples();
        assertTrue(wrong.stream().noneMatch(t -> t.rule().equals("organization-apposition-class-noun-in-country")
                || t.rule().equals("verb-as-role-at")), wrong.toString());
        List<String> right = TestPipeline.extract("Gazprom, a gas company in Russia, cut supplies. Lula worked as a union leader at Volkswagen.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(right.contains("Gazprom|based in|Russia") && right.contains("Lula|union leader at|Volkswagen"), right.toString());
    }

    @Test
    void itsTitleBelongsToACountryOrOrganizationSubjectOnly() {
        List<Triple> wrong = TestPipeline.extract("Joe Biden thanked its president, Emmanuel Macron, for the help. "
                + "NATO welcomed Finland and its president, Alexander Stubb, at the summit.").triples();
        assertTrue(wrong.stream().noneMatch(t -> t.rule().equals("title-its-apposition-name")), wrong.toString());
        List<String> right = TestPipeline.extract("Germany sent its defence minister, Boris Pistorius, to the talks.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(right.contains("Boris Pistorius|defence minister of|Germany"), right.toString());
    }

    @Test
    void onlyAPartyOfAPersonIsLedByThePerson() {
        List<Triple> wrong = TestPipeline.extract("Amnesty International of Agnes Callamard protested.").triples();
        assertTrue(wrong.stream().noneMatch(t -> t.rule().equals("party-of-person")), wrong.toString());
        List<String> right = TestPipeline.extract("The far-right Party for Freedom (PVV) of Geert Wilders was left out of the talks.").triples()
                .stream().map(RelationRulesTest::key).toList();
        assertTrue(right.contains("Geert Wilders|leader of|Party for Freedom"), right.toString());
    }

    @Test
    void aTitleInAPrepositionalPhraseIsNotTheNextNamesTitle() {
        List<Triple> wrong = TestPipeline.extract("In a call with Russia's president, Joe Biden warned of sanctions.").triples();
        assertTrue(wrong.stream().noneMatch(t -> t.rule().equals("title-comma-name")), wrong.toString());
        List<String> right = TestPipeline.extract("Russia's president, Vladimir Putin said the talks were useful.").triples().stream()
                .filter(t -> t.rule().equals("title-comma-name") || t.rule().startsWith("title-")).map(RelationRulesTest::key).toList();
        assertTrue(right.contains("Vladimir Putin|president of|Russia"), right.toString());
    }

    @Test
    void aCompanionInAParticipleIsNoAgentOfAnAct() {
        List<String> keys = TestPipeline.extract("Mark Zuckerberg, joined by Sheryl Sandberg, met Emmanuel Macron.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Mark Zuckerberg|meet|Emmanuel Macron"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Sheryl Sandberg|join")), keys.toString());
    }

    @Test
    void theActSomeoneIsAccusedOfIsAClaimAndTheirs() {
        List<Triple> triples = TestPipeline.extract("The United States accused China of helping Russia.").triples();
        Triple help = triples.stream().filter(t -> t.predicate().equals("help")).findFirst().orElseThrow();
        assertEquals("China", help.subject().name());
        assertEquals(Modality.REPORTED, help.modality());
        assertTrue(triples.stream().noneMatch(t -> t.subject().name().equals("United States") && t.predicate().equals("help")),
                triples.toString());
    }

    @Test
    void aTitleWithItsOwnHolderDoesNotShareTheOtherOne() {
        List<String> keys = TestPipeline.extract("Russian President Vladimir Putin and Chinese Foreign Minister Wang Yi met.").triples()
                .stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Wang Yi|foreign minister of|China"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Wang Yi|") && k.endsWith("|Russia")), keys.toString());
    }

    @Test
    void aNounRightBeforeANameStandsForIt() {
        // the parser hangs the name on the noun ("dep"): the noun's place in the clause is the name's
        List<String> keys = TestPipeline.extract("Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing. "
                + "Angela Merkel's successor Olaf Scholz visited China.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Sergei Lavrov|meet|Wang Yi"), keys.toString());
        assertTrue(keys.contains("Olaf Scholz|visit|China"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Angela Merkel|visit")), keys.toString());
        // the name wins over the title's country: Scholz visited, not Germany's government
        List<String> scholz = TestPipeline.extract("Germany's chancellor Olaf Scholz visited India.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(scholz.contains("Olaf Scholz|visit|India"), scholz.toString());
        assertTrue(scholz.contains("Olaf Scholz|chancellor of|Germany"), scholz.toString());
        assertTrue(scholz.stream().noneMatch(k -> k.startsWith("Germany|")), scholz.toString());
        // the title stands for the name before it; it gives no role to a later name
        List<String> khamenei = TestPipeline.extract("Iran's supreme leader Ali Khamenei rejected French President Emmanuel Macron's proposal.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(khamenei.contains("Ali Khamenei|supreme leader of|Iran"), khamenei.toString());
        assertTrue(khamenei.stream().noneMatch(k -> k.startsWith("Emmanuel Macron|supreme leader")), khamenei.toString());
    }

    @Test
    void aHyphenatedAgentBacksOnlyWithAVerbOfSupport() {
        // "Moscow-based": where, not who backs it
        List<String> keys = TestPipeline.extract("The Moscow-based Gazprom sold gas to Germany. The Iran-backed Hezbollah fired rockets at Israel.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Iran|back|Hezbollah"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Russia|") || k.endsWith("|Gazprom")), keys.toString());
    }

    @Test
    void anInLawIsNoChild() {
        List<Triple> triples = TestPipeline.extract("Jared Kushner, Donald Trump's son-in-law, visited Saudi Arabia. "
                + "Hunter Biden, Joe Biden's son, visited Ukraine.").triples();
        List<String> keys = triples.stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Hunter Biden|son of|Joe Biden"), keys.toString());
        assertTrue(keys.contains("Jared Kushner|visit|Saudi Arabia"), keys.toString());
        assertTrue(keys.contains("Jared Kushner|son-in-law of|Donald Trump"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Jared Kushner|son of")), keys.toString());
        // a relative, not a child
        assertEquals(List.of("relative"), triples.stream().filter(t -> t.predicate().equals("son-in-law of")).map(t -> t.relation().name()).toList());
    }

    @Test
    void anInLawOfAPersonAndPluralInLaws() {
        // "the father-in-law of X"; "the sons-in-law of X": each is a son-in-law
        List<String> keys = TestPipeline.extract("Kurt Meyer, the father-in-law of Hunter Biden, visited Rwanda. "
                + "Jared Kushner and Michael Boulos, the sons-in-law of Donald Trump, spoke.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Kurt Meyer|father-in-law of|Hunter Biden", "Jared Kushner|son-in-law of|Donald Trump")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|father of|") || k.contains("|sons-in-law of|")), keys.toString());
    }

    @Test
    void aDealArrangedWithAnotherIsNoMediation() {
        // "brokered a deal with the IMF": Egypt's own deal; "between" names the parties Egypt brought together
        List<Triple> triples = TestPipeline.extract("Egypt brokered a deal with the IMF. Egypt brokered a ceasefire between Israel and Hamas.")
                .triples();
        List<String> keys = triples.stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Egypt|broker ceasefire between|Hamas"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|IMF")), keys.toString());
    }

    @Test
    void aSumHandedOverIsNoThingInThePredicate() {
        List<String> keys = TestPipeline.extract("The European Commission fined Google 2.4 billion euros.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("European Commission|fine|Google"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("euros")), keys.toString());
    }

    @Test
    void noTripleJoinsAnEntityToItself() {
        List<Triple> triples = TestPipeline.extract("We want an American tanker built by an American company. "
                + "Ukraine, invaded by Russia in 2022, wants to join NATO.").triples();
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("Russia|invade|Ukraine")), triples.toString());
        assertTrue(triples.stream().noneMatch(t -> t.subject() == t.object()), triples.toString());
    }

    @Test
    void twoActorsOfOneCountryInDifferentSectorsStayApart() {
        List<Triple> triples = TestPipeline.extract("Turkey will allow Turkish Kurd refugees to return home.").triples();
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("Turkey|allow|Turkey") && t.objectActor() != null
                && "REF".equals(t.objectActor().sector())), triples.toString());
    }

    @Test
    void aTripleContainedInALongerOneIsDropped() {
        ExtractionResult r = TestPipeline.extract("Vladimir Putin met with Xi Jinping in Beijing.");
        List<String> keys = r.triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Vladimir Putin|meet with|Xi Jinping"), keys.toString());
        assertEquals(1, keys.stream().filter(k -> k.startsWith("Vladimir Putin|meet")).count(), keys.toString());
    }

    /** "NATO allies", "EU partners" act as the organization; another body's allies are other parties (organization.member.proxies). */
    @Test
    void anOrganizationsAlliesAndPartnersStandForItOnlyForAnIntergovernmentalOne() {
        List<String> informed = TestPipeline.extract("Kristen Michal said he had informed NATO allies and European Union partners.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(informed.contains("Kristen Michal|inform|NATO"), informed.toString());
        assertTrue(informed.contains("Kristen Michal|inform|European Union"), informed.toString());
        List<String> ally = TestPipeline.extract("A Hamas ally fired rockets at Israel, and Israel struck Lebanon.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(ally.contains("Israel|strike|Lebanon"), ally.toString());
        assertTrue(ally.stream().noneMatch(k -> k.startsWith("Hamas|")), ally.toString());
    }

    /** A title whose phrase runs on to the name acts as the name, however loosely the parser hangs it. */
    @Test
    void aTitleLooselyHungOnItsNameActsAsTheName() {
        List<String> keys = TestPipeline.extract("Biden's chief of staff Jeff Zients met Kevin McCarthy.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Jeff Zients|meet|Kevin McCarthy"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Biden|meet")), keys.toString());
        // past "of", only a title's own words ("chief of staff"): the president's daughter is not the president
        List<String> daughter = TestPipeline.extract("The daughter of president Joe Biden met Emmanuel Macron, and Macron thanked Biden.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(daughter.contains("Macron|thank|Biden") || daughter.contains("Emmanuel Macron|thank|Joe Biden"), daughter.toString());
        assertTrue(daughter.stream().noneMatch(k -> k.endsWith("|meet|Emmanuel Macron") || k.startsWith("Joe Biden|meet")), daughter.toString());
    }

    /** A sum lent to a party the sentence names goes to that party, whatever it is to rebuild; a body's members are its own. */
    @Test
    void aNamedRecipientAndAFirstNameKeepTheirOwnFacts() {
        List<String> keys = TestPipeline.extract("Germany lent $3 billion to Poland to rebuild Ukraine's power grid.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Germany|lend to|Poland"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Germany|") && k.endsWith("|Ukraine")), keys.toString());
        // the parser hangs the apposition on the first of two names: the bloc is the second's
        List<String> bloc = TestPipeline.extract("The EU and Mercosur, a bloc of Brazil, Argentina, Paraguay and Uruguay, signed a deal.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(bloc.contains("EU|sign deal with|Mercosur"), bloc.toString());
        assertTrue(bloc.stream().noneMatch(k -> k.endsWith("|member of|EU")), bloc.toString());
    }

    /** A title on a name with an organization's possessive is a role there, no membership; not a word of a longer title. */
    @Test
    void anOrganizationsTitledNameHoldsTheTitle() {
        List<String> keys = TestPipeline.extract("NATO's chief Jens Stoltenberg visited Kyiv. Ford's chief executive Alan Mulally met Barack Obama.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Jens Stoltenberg|chief of|NATO"), keys.toString());
        assertTrue(keys.contains("Alan Mulally|chief executive of|Ford"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Jens Stoltenberg|member of")), keys.toString());
        List<String> ceo = TestPipeline.extract("Apple's CEO Tim Cook met Xi Jinping.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(ceo.contains("Tim Cook|ceo of|Apple"), ceo.toString());
        assertTrue(ceo.stream().noneMatch(k -> k.startsWith("Tim Cook|member of")), ceo.toString());
        assertTrue(keys.stream().noneMatch(k -> k.equals("Alan Mulally|chief of|Ford") || k.equals("Alan Mulally|executive of|Ford")), keys.toString());
    }

    /** Two demonyms of one country are one party; a seat of government is the state, so a domestic event stays. */
    @Test
    void twoDemonymsOfOneCountryAreNoRelation() {
        List<String> keys = TestPipeline.extract("Russian drones struck a Russian oil refinery by mistake. Afghan rebels exploded a series "
                + "of bombs in Kabul. SpaceX, founded by Elon Musk, launched the rocket.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Russia|")), keys.toString());
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("Afghanistan|") && k.endsWith("|Afghanistan")), keys.toString());
        // a participle on a name the tagger took for a common noun
        assertTrue(keys.contains("Elon Musk|found|SpaceX"), keys.toString());
    }

    /** A stake is held in a company, never in a union of states; founding is a person's position only. */
    @Test
    void aStakeInAnAllianceIsNoneAndACountryFoundingOneHoldsNoPosition() {
        List<Triple> triples = TestPipeline.extract("Fiat's stake in Chrysler rose. Poland's stake in NATO is enormous, Tusk said. "
                + "The United States co-founded NATO in 1949. Elon Musk founded SpaceX in 2002.").triples();
        List<String> keys = triples.stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Fiat|stake in|Chrysler"), keys.toString());
        assertFalse(keys.contains("Poland|stake in|NATO"), keys.toString());
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("Elon Musk|found|SpaceX") && t.relation().type().name().equals("position-held")),
                keys.toString());
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("United States|co-found|NATO") && !t.relation().type().name().equals("position-held")),
                keys.toString());
    }

    /** Taking over a post from a person is succeeding them; taking over a thing from a person is no succession. */
    @Test
    void takingAPostOverFromAPersonIsSuccession() {
        List<Triple> triples = TestPipeline.extract("Julius Maada Bio took over the chairmanship from Bola Tinubu. Kamala Harris took over "
                + "the podium from Joe Biden on Sunday.").triples();
        List<String> keys = triples.stream().map(RelationRulesTest::key).toList();
        assertTrue(triples.stream().anyMatch(t -> t.predicate().equals("take over from") && t.relation().type().name().equals("succeed")), keys.toString());
        // a podium is no post
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Kamala Harris|take over from")), keys.toString());
    }

    /** "At" after a verb of employment names the employer; after any other verb, a place or an occasion. */
    @Test
    void workingAtAnOrganizationIsEmploymentSpeakingThereIsNot() {
        List<Triple> triples = TestPipeline.extract("Peter Novak teaches at Charles University. Maria Lopez spoke at Harvard University "
                + "on Monday.").triples();
        List<String> keys = triples.stream().map(RelationRulesTest::key).toList();
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("Peter Novak|teach at|Charles University")
                && t.relation().type().name().equals("employment")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Maria Lopez|")), keys.toString());
        // a guest lecture, or work "as" a volunteer, is no employment
        List<String> guest = TestPipeline.extract("Svetlana Alexievich lectured at Columbia University last week. Jane Doe worked at "
                + "Siemens as a volunteer. Peter Novak worked at Siemens.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(guest.contains("Peter Novak|work at|Siemens"), guest.toString());
        assertTrue(guest.stream().noneMatch(k -> k.startsWith("Svetlana Alexievich|") || k.startsWith("Jane Doe|work at")), guest.toString());
    }

    /** A person's takeover "by" is of the possessor; a person's offer is the possessor country's own. */
    @Test
    void aPersonTakesOverAFirmButOffersForACountry() {
        List<String> keys = TestPipeline.extract("Twitter's takeover by Elon Musk closed in October. France's offer by President Emmanuel "
                + "Macron to host the talks was welcomed.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Elon Musk|takeover of|Twitter"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Emmanuel Macron|offer")), keys.toString());
    }

    /** A date owning a joint relation is no owner; a company owning it is. */
    @Test
    void aDatesTalksAreTheSubjectsOwn() {
        List<String> keys = TestPipeline.extract("Serbia postponed Monday's talks with Kosovo. The EU approved Microsoft's deal with "
                + "Activision.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Serbia|postpone talks with|Kosovo"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("EU|approve deal with")), keys.toString());
    }

    /** An agent noun hired or fired, or a former one, acts for no owner; a present one met does. */
    @Test
    void aHiredOrFormerExecutiveIsNoStandInForTheCompany() {
        List<String> keys = TestPipeline.extract("Apple hired a Google executive to run its car project. Baltica Air names former Finnair "
                + "executive as chief executive. Quinlan will meet former Meridian Terminals executives. Putin met Turkish generals in "
                + "Moscow.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Putin|meet|Turkey"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|Google") || k.endsWith("|Finnair") || k.endsWith("|Meridian Terminals")),
                keys.toString());
        // driven out "from" a place, officials are their owner's
        ExtractionResult hired = TestPipeline.extract("Hamas ousted Fatah officials from Gaza in 2007. Tesla hired three Google engineers "
                + "from the rival's self-driving unit.");
        List<String> ousted = hired.triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(ousted.contains("Hamas|oust|Fatah"), ousted.toString());
        assertTrue(hired.entities().stream().anyMatch(e -> e.name().equals("Google")), hired.entities().toString());
        assertTrue(ousted.stream().noneMatch(k -> k.endsWith("|Google")), ousted.toString());
    }

    /** "Whose chairman is X": the name's clause says whether and when it holds; an owner's conjunct is not the owner. */
    @Test
    void aPossessedRoleNamedByTheCopulaTakesItsClausesQualifiers() {
        ExtractionResult negated = TestPipeline.extract("Denmark's ambassador is not Lars Jensen, the foreign ministry said.");
        assertTrue(negated.triples().stream().anyMatch(t -> key(t).equals("Lars Jensen|ambassador of|Denmark") && t.negated()),
                negated.triples().toString());
        ExtractionResult planned = TestPipeline.extract("Germany's next chancellor will be Friedrich Merz, according to the latest polls.");
        assertTrue(planned.triples().stream().anyMatch(t -> key(t).equals("Friedrich Merz|next chancellor of|Germany")
                && t.modality() == Modality.PLANNED), planned.triples().toString());
        List<String> two = TestPipeline.extract("Kestrel Motors, whose chairman is Hiroshi Tanabe, and Orbis Bank, whose chief executive "
                + "is Maria Gonzalez, signed a supply deal.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(two.containsAll(List.of("Hiroshi Tanabe|chairman of|Kestrel Motors", "Maria Gonzalez|chief executive of|Orbis Bank")), two.toString());
        assertFalse(two.contains("Hiroshi Tanabe|chairman of|Orbis Bank"), two.toString());
    }

    /** "The Karolinska Institute in Sweden" stands there; a company in a country, or an institution in a capital, is not said to. */
    @Test
    void anInstitutionInACountryNamedStandsThere() {
        List<String> keys = TestPipeline.extract("Researchers at the Karolinska Institute in Sweden found that the drug worked. Toyota "
                + "Motor in China employs 30,000 people. The High Court in London agreed. A team from the Max Planck Institute in Chile found "
                + "a new comet. A ruling by the Lahore High Court in Pakistan freed the journalist. Students from Kyiv National University "
                + "in Ukraine protested. Joel Ssempijja of Makerere University in Kampala led the African sites. Anna Berg of Lund "
                + "University in Sweden led the study.").triples().stream().map(RelationRulesTest::key).toList();
        // an author or an origin of something but work done elsewhere (lexicon/fieldwork-nouns.txt) stands there too
        assertTrue(keys.containsAll(List.of("Karolinska Institute|based in|Sweden", "Lahore High Court|based in|Pakistan",
                "Kyiv National University|based in|Ukraine", "Lund University|based in|Sweden")), keys.toString());
        // a capital is where the institution stands, not the state it stands for, whichever rule reads it
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Toyota Motor|based in") || k.startsWith("High Court|based in")
                || k.startsWith("Max Planck Institute|based in") || k.startsWith("Makerere University|based in")), keys.toString());
    }

    /** An employee is employed by the employer (the employment relation's direction); an employer's active verb stays its own. */
    @Test
    void theEmployedAreEmployedByTheirEmployer() {
        List<String> keys = TestPipeline.extract("Anna Berg had been employed by Northwind Technologies since 2019. Orbis Bank employs "
                + "Maria Gonzalez.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Anna Berg|employed by|Northwind Technologies", "Orbis Bank|employ|Maria Gonzalez")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Northwind Technologies|employ")), keys.toString());
    }

    /** A ruling or a vote in a party's favour is for the party (one spelling); a thing working in a party's favour is no ruling for it. */
    @Test
    void aRulingInAPartysFavourIsForIt() {
        List<String> keys = TestPipeline.extract("Kenya's parliament voted in favor of Maria Gonzalez. The court ruled that the law "
                + "worked in favour of Orbis Bank. The Supreme Court overturned a ruling in favour of Orbis Bank.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Kenya|vote in favour of|Maria Gonzalez")), keys.toString());
        // a thing working in a party's favour is no ruling for it
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|Orbis Bank")), keys.toString());
    }

    /** A trade's class noun (processor, importer, shipbuilder) places a company in its country, not a person called one. */
    @Test
    void aTradesClassNounPlacesACompany() {
        List<String> keys = TestPipeline.extract("Gobi Altai Cashmere, Mongolia's second-largest processor of raw cashmere, signed a "
                + "deal. The agency chose the German shipbuilder Lürssen. Tom Hill, a British importer of wine, met Anna Berg.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Gobi Altai Cashmere|based in|Mongolia", "Lürssen|based in|Germany", "Tom Hill|meet|Anna Berg")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Tom Hill|based in")), keys.toString());
    }

    /** A country's possessive on a state agency's name makes it the state's agency; on a company's, the company's home. */
    @Test
    void aCountrysAgencyIsTheStatesAndItsCompanyIsBasedThere() {
        List<String> keys = TestPipeline.extract("Germany's Federal Environment Agency opened an investigation. France's TotalEnergies "
                + "is building a pipeline.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Federal Environment Agency|agency of|Germany", "TotalEnergies|based in|France")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("TotalEnergies|agency of") || k.startsWith("Federal Environment Agency|based in")),
                keys.toString());
    }

    /** A superlative for an organization class ranks a company among its country's own; one for a market role does not. */
    @Test
    void aSuperlativeForAClassPlacesTheCompany() {
        List<String> keys = TestPipeline.extract("Greenpeace accused producers such as Siam Cane Group, Thailand's biggest, which supplies "
                + "sugar to China. The union accused employers such as Northwind Technologies, Vietnam's biggest, of cutting wages.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Siam Cane Group|based in|Thailand"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Northwind Technologies|based in")), keys.toString());
    }

    /** A campaign group's campaigner is one of its people ("Its campaigner Wanida Sorn"); a cause's campaigner holds no post. */
    @Test
    void aGroupsCampaignerIsOneOfItsPeople() {
        List<String> keys = TestPipeline.extract("Greenpeace Thailand accused the government of lying. Its campaigner Wanida Sorn said "
                + "so. Jane Doe, a climate campaigner, met Tom Hill. Amnesty International campaigner Omar Haddad said so.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Wanida Sorn|campaigner of|Greenpeace Thailand", "Jane Doe|meet|Tom Hill",
                "Omar Haddad|campaigner of|Amnesty International")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Jane Doe|campaigner")), keys.toString());
    }

    /** "Lisbon's mayor" holds a city's office: no office of the country its capital stands for; a minister's stays. */
    @Test
    void aCapitalsMayorHoldsNoOfficeOfTheCountry() {
        List<String> keys = TestPipeline.extract("Lisbon's mayor, Carlos Moedas, said he supported the strike. Portugal's minister of "
                + "labour, Ana Mendes, met the union. Lisbon's envoy, João Lopes, met Rubio. Lisbon's former mayor, Fernando Medina, "
                + "agreed. Mario Bergara, the intendant of Montevideo, met Ana Mendes.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Ana Mendes|minister of|Portugal", "Mario Bergara|meet|Ana Mendes")), keys.toString());
        // the capital stands for the state in an office of the state's
        assertTrue(keys.contains("João Lopes|envoy of|Portugal"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Carlos Moedas|mayor") || k.startsWith("Fernando Medina|former mayor")
                || k.startsWith("Mario Bergara|intendant")), keys.toString());
    }

    /** "The chief librarian of X, Name,": an organization's occupation; a country's states no office ("the chief librarian of Chile"). */
    @Test
    void anOccupationOfAnOrganizationBeforeTheNameIsAPlaceInIt() {
        List<String> keys = TestPipeline.extract("The chief librarian of Halifax Public Libraries, Priya Raman, said she was saddened. "
                + "The chief librarian of Chile, Ana Lopez, spoke. A staunch defender of NATO, Boris Johnson, spoke. Jane Doe is the "
                + "dean of Harvard Law School.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Priya Raman|chief librarian of|Halifax Public Libraries"), keys.toString());
        // after the copula too, with "the"
        assertTrue(keys.contains("Jane Doe|dean of|Harvard Law School"), keys.toString());
        // no country's, and no "a ... of" that says what one does for it
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Ana Lopez|") || k.startsWith("Boris Johnson|")), keys.toString());
    }

    /** "Irwell Homes had breached its duty": "its" after a body's verb is the body's own, no other's; a named owner stays. */
    @Test
    void itsAfterABodysVerbIsTheBodysOwn() {
        List<String> keys = TestPipeline.extract("Judge Helen Okafor, sitting at Manchester County Court, ruled that Irwell Homes had "
                + "breached its duty to keep the homes fit. The GAO upheld Boeing's protest.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("GAO|uphold protest of|Boeing"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Irwell Homes|breach")), keys.toString());
    }

    /** "X, the chairman of Y, to which Z is affiliated,": "which" stands for Y, never for the person X. */
    @Test
    void whichAfterAPersonsAppositionStandsForItsLastNoun() {
        List<String> keys = TestPipeline.extract("Peter Otieno, the chairman of the Nairobi Traders Federation, to which the Kibera "
                + "Traders Association is affiliated, called for calm. Ruth Wanjiku, the leader of the Green Party, which governs with "
                + "the Labour Party, resigned. Ruth Wanjiku, who works with Peter Otieno, declined to comment.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Kibera Traders Association|affiliate to|Nairobi Traders Federation",
                "Green Party|govern with|Labour Party", "Ruth Wanjiku|leave|Green Party", "Ruth Wanjiku|work with|Peter Otieno")), keys.toString());
        assertFalse(keys.contains("Kibera Traders Association|affiliate to|Peter Otieno") || keys.contains("Ruth Wanjiku|govern with|Labour Party"),
                keys.toString());
        // a "who" clause on the person stays the person's
        List<String> both = TestPipeline.extract("Peter Otieno, who chairs the Nairobi Traders Federation, to which the Kibera Traders "
                + "Association is affiliated, called for calm.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(both.contains("Peter Otieno|chair|Nairobi Traders Federation"), both.toString());
        assertFalse(both.stream().anyMatch(k -> k.startsWith("Nairobi Traders Federation|chair")), both.toString());
    }

    /** A child's tie is stated from the parent's side too where the story tells the parent's gender (kin.childPredicates). */
    @Test
    void aChildsTieIsTheParentsTooWhereTheParentsGenderIsKnown() {
        List<String> keys = TestPipeline.extract("Tomás Ferreira, the son of Rafael Ferreira, runs the firm. Ana Lopes, the daughter of "
                + "Maria Lopes, joined the board. Kiri Tane, the son of Aroha Tane, spoke.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Tomás Ferreira|son of|Rafael Ferreira", "Rafael Ferreira|father of|Tomás Ferreira",
                "Maria Lopes|mother of|Ana Lopes", "Kiri Tane|son of|Aroha Tane")), keys.toString());
        // a parent whose gender the story does not tell gets no kin word guessed
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Aroha Tane|")), keys.toString());
        // a given name the table lists for one gender is no evidence against the story's "his"
        List<String> told = TestPipeline.extract("Alexis Karras, the former minister, said his son, Nikos Karras, would run for mayor.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(told.contains("Nikos Karras|son of|Alexis Karras"), told.toString());
        assertFalse(told.contains("Alexis Karras|mother of|Nikos Karras"), told.toString());
    }

    /** A time the parser hangs on the title ("as its head coach, two months before ...") leaves the title the appointer's. */
    @Test
    void aTimeOnTheAppointedTitleLeavesItTheAppointers() {
        List<String> keys = TestPipeline.extract("Halden Rovers has appointed Per Moe, a former assistant coach at Vestby FC, as its first "
                + "head coach, eighteen months before the team is due to play. Oslo Bank hired Kari Lunde as chief executive of "
                + "Statoil, weeks before the merger.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Per Moe|first head coach of|Halden Rovers"), keys.toString());
        assertFalse(keys.contains("Kari Lunde|chief executive of|Oslo Bank"), keys.toString());
    }

    /** "Appointed X as chairwoman of its supervisory board": the appointer's own board; another's board is the other's. */
    @Test
    void aChairOfTheAppointersBoardIsTheAppointers() {
        List<String> keys = TestPipeline.extract("Brennix, the largest supermarket chain in Denmark, on Tuesday appointed Marieke Dolstra as "
                + "chairwoman of its supervisory board. Siemens appointed Jim Hagemann Snabe as chairman of the board of Allianz. Bayer appointed Bill Anderson as chairman of the board of directors. Volkswagen "
                + "appointed Hans Dieter Poetsch as chairman of the supervisory board of Porsche.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Marieke Dolstra|chairwoman of|Brennix", "Jim Hagemann Snabe|chairman of|Allianz",
                "Bill Anderson|chairman of|Bayer")), keys.toString());
        assertFalse(keys.contains("Jim Hagemann Snabe|chairman of|Siemens") || keys.contains("Hans Dieter Poetsch|chairman of|Volkswagen"), keys.toString());
    }

    /**
     * "..., a claim that was rejected by Y": Y rejects the one who made it, the subject of the verb of saying, accusing or
     * condemning (the agent of a passive one); not a claim inside the clause, nor an accuser not named.
     */
    @Test
    void aClaimRejectedInAppositionRejectsItsMaker() {
        List<String> keys = TestPipeline.extract("Jamieson Greer accused Mexico of allowing cheap Chinese steel to enter the market, a claim "
                + "that was rejected by Marcelo Ebrard. Lula said the claim was rejected by Javier Milei. Germany criticised Hungary on Monday, "
                + "and Poland accused Russia of sabotage, a charge Moscow denies. Donald Trump met Vladimir Putin after Russia was accused of "
                + "interference, a charge Moscow denies. Amnesty International condemned Iran over the executions, a charge Tehran rejects. "
                + "Iran was accused by Israel of sabotage, a charge Tehran denies.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Marcelo Ebrard|reject|Jamieson Greer"), keys.toString());
        assertTrue(keys.containsAll(List.of("Russia|deny|Poland", "Iran|reject|Amnesty International", "Iran|deny|Israel")), keys.toString());
        // not the first clause's subject, nor anyone where the accuser is not named
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Javier Milei|reject") || k.startsWith("Marcelo Ebrard|reject|Mexico")
                || k.equals("Russia|deny|Germany") || k.equals("Russia|deny|Donald Trump")), keys.toString());
    }

    /** Taking an organization over from someone succeeds them; taking a podium over does not. */
    @Test
    void takingAnOrganizationOverFromSomeoneSucceedsThem() {
        List<String> keys = TestPipeline.extract("Anna Berg took over Brightwater Shipping from Jan Nowak in 2019. Maria Lopez took over "
                + "the podium from Jan Nowak.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Anna Berg|take over from|Jan Nowak"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Maria Lopez|")), keys.toString());
    }

    /** "the reinsurer Swiss Re, with which": a capitalized word of an organization's name is no preposition for the parser. */
    @Test
    void anOrganizationsNameWordTaggedAsAFunctionWordIsParsedAsTheName() {
        List<String> keys = TestPipeline.extract("Part of the cost will be covered by the Swiss reinsurer Swiss Re, with which Coral Coast "
                + "Insurance renewed a catastrophe contract in January.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Coral Coast Insurance|renew contract with|Swiss Re"), keys.toString());
    }

    /** Acting on behalf of someone named; not of a company described, whose own officer the subject is. */
    @Test
    void doingAThingOnBehalfOfSomeoneNamedActsForThem() {
        List<String> keys = TestPipeline.extract("Maria Lopez spoke on behalf of Greenpeace at the summit. Acme Corp raised money on behalf of Paris. Hyundai Rotem Chief Executive "
                + "Lee Yong-bae signed the contract on behalf of the company.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Maria Lopez|act on behalf of|Greenpeace"), keys.toString());
        // a capital is the city's, not its country's (country.namedRules)
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Lee Yong-bae|act on behalf of") || k.startsWith("Acme Corp|act on behalf of|France")),
                keys.toString());
    }

    /** "A rival of X", "made Y a rival to X": rivals named through "of" and "to" too; not a rival in a place. */
    @Test
    void aRivalOfOrToAnotherIsItsRival() {
        List<String> keys = TestPipeline.extract("Harbour Street Press, a rival of Penguin Random House in the Indian market, said it had "
                + "acted in good faith. Samsung, the main rival to Apple in South Korea, cut prices. Sony, a rival in Japan, cut prices too.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Harbour Street Press|rival of|Penguin Random House", "Samsung|rival of|Apple")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Sony|rival")), keys.toString());
    }

    /** A company "of" or "from" a country is based there; a public body "of" a country is the country's, not based in it. */
    @Test
    void aCompanyOfACountryIsBasedThere() {
        List<String> keys = TestPipeline.extract("Officials said Gazprom of Russia would cut supplies. The Ministry of Defence of Ukraine "
                + "denied the report. The Senate of Poland voted.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Gazprom|based in|Russia"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("based in|Ukraine") || k.contains("based in|Poland")), keys.toString());
    }

    /**
     * Years spent at an organization, months there as a title, or study there, tie a person to it; months there without
     * one, years at a hospital or a school (unless as a title, not a student's), or years there doing something else, do
     * not. One guard per sentence.
     */
    @Test
    void yearsSpentOrStudyAtAnOrganizationTieAPersonToIt() {
        List<String> keys = TestPipeline.extract("Maria Lopez studied at Oxford University before joining Shell. Okonkwo spent five "
                + "years at the Milan label Corvina before launching her own brand. Emma Ward spent six months at Deloitte as an "
                + "analyst. Ahmed Khan spent 20 years at Great Ormond Street Hospital as a heart surgeon. John Smith spent two "
                + "months at the Savoy Hotel. Maria Ruiz spent two years at the Mayo Clinic. Li Na spent three years at Imperial College "
                + "London. Lena Park spent three years at the Ritz Hotel writing her novel. Li Wei spent three years at Oxford "
                + "University as a student.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Maria Lopez|study at|Oxford University", "Okonkwo|work at|Corvina", "Emma Ward|work at|Deloitte",
                "Ahmed Khan|work at|Great Ormond Street Hospital")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("John Smith|work at") || k.startsWith("Maria Ruiz|work at")
                || k.startsWith("Li Na|work at") || k.startsWith("Lena Park|work at") || k.startsWith("Li Wei|work at")), keys.toString());
    }

    /** What is done to a takeover is done to the buyer after "by", however the parser hangs it; not to a thing taken over. */
    @Test
    void anActOnATakeoverByABuyerIsOnTheBuyer() {
        List<String> keys = TestPipeline.extract("Nordvik Drinks bought a brewery in 2023. The Federal Cartel Office examined the takeover "
                + "by Nordvik for months. The Competition and Markets Authority approved the sale by Vodafone of its Spanish unit.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Federal Cartel Office|examine takeover by|Nordvik Drinks"), keys.toString());
        // a sale's "by" is the seller
        assertTrue(keys.stream().noneMatch(k -> k.contains("sale by|Vodafone")), keys.toString());
    }

    /** A title of a state's own noun or institution is the state's; of another body of it, or a person's kin, is none. */
    @Test
    void aTitleOfACountrysAgencyOrAKinOfItsLeaderIsNoneOfTheCountry() {
        List<String> keys = TestPipeline.extract("Vellmark on Tuesday appointed Marieke Dolstra, a former head of the Dutch competition "
                + "authority, as chairwoman of its board. Randhir Jaiswal, a spokesman for India's foreign ministry, spoke on Wednesday. "
                + "Lordina Mahama, the wife of Ghana's president, attended. Olena Kovalenko, a minister in the Ukrainian cabinet, resigned. "
                + "Lisa Nandy, a member of the British shadow cabinet, criticised the plan. Ahmad Wali, a minister in the exiled Afghan "
                + "government, spoke.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Randhir Jaiswal|spokesman for|India", "Olena Kovalenko|minister in|Ukraine")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Marieke Dolstra|former head of") || k.startsWith("Lordina Mahama|wife of|Ghana")
                || k.startsWith("Lisa Nandy|member of") || k.startsWith("Ahmad Wali|")), keys.toString());
    }

    /** A body that represents an organization's workforce represents them there; people who are not its workforce, not. */
    @Test
    void representingAnOrganizationsWorkersIsRepresentingThemThere() {
        List<String> keys = TestPipeline.extract("AIPA, which represents Qantas pilots, said the strike would go ahead. The Grey Power "
                + "lobby, which represents Labour Party voters over 65, backed the plan.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("AIPA|represent|Qantas"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|represent|Labour Party")), keys.toString());
    }

    /** Who hosts talks between two parties hosts them with each, named by the noun; not a merger an adviser brokers. */
    @Test
    void talksHostedBetweenTwoHaveTheirHost() {
        List<String> keys = TestPipeline.extract("Qatar hosted a new round of talks between Armenia and Azerbaijan on Monday. The United "
                + "States brokered a ceasefire between Israel and Lebanon. Goldman Sachs brokered the merger between Exxon and Mobil. "
                + "Lazard brokered the agreement between Vodafone and Orange.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Qatar|host talks with|Armenia", "Qatar|host talks with|Azerbaijan",
                "United States|broker ceasefire with|Israel")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("United States|broker talks") || k.startsWith("Goldman Sachs|broker merger with")
                || k.startsWith("Lazard|broker agreement with")),
                keys.toString());
    }

    /**
     * A speaker's act joined to a reported copula or "do", which it cannot share, is the speaker's; one after a reported
     * "had", which it may share, stays the reported subject's.
     */
    @Test
    void aSpeakersActJoinedToTheClauseHeReportsIsHis() {
        List<String> keys = TestPipeline.extract("African Union chairman Moussa Faki said the attack on Tigray was unacceptable and "
                + "called on Ethiopia to withdraw its troops. Venezuelan Foreign Minister Yván Gil said Russia did not want a war and "
                + "accused Mélanie Joly of promoting a coup. Reuters reported that Iran had rejected the offer and accused Israel of bad faith. "
                + "Moussa Faki said the attack was unacceptable and urged Russia to withdraw from Ukraine. Moussa Faki said the truce was "
                + "fragile and vowed to visit Ethiopia.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Moussa Faki|call on|Ethiopia", "Yván Gil|accuse|Mélanie Joly", "Iran|accuse|Israel")),
                keys.toString());
        // what he urged Russia to do is asked for, no triple of Russia's (nor his)
        assertTrue(keys.containsAll(List.of("Moussa Faki|urge|Russia", "Moussa Faki|visit|Ethiopia")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Russia|accuse") || k.startsWith("Reuters|accuse")
                || k.startsWith("Moussa Faki|withdraw") || k.startsWith("Russia|withdraw")), keys.toString());
    }

    /**
     * A name set off by commas after a title is the title's, wherever the parser hung it: on a place after "for"
     * ("its regional director for Europe, Hans Kluge,") or on a currency sign ("€3 million, but the museum's general
     * director, Jonathan Fine,"); an adjective title before a common noun is no title of the name ("general director").
     */
    @Test
    void aNameAfterATitleAndACommaIsTheTitlesWhereverTheParserHungIt() {
        List<String> keys = TestPipeline.extract("The tax was recommended by the World Health Organization, whose regional director for "
                + "Europe, Hans Kluge, welcomed the vote. Thieves stole coins from the Kunsthistorisches Museum in Vienna. The coins are "
                + "valued at €3 million, but the museum's general director, Jonathan Fine, said their value was immense.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Hans Kluge|regional director of|World Health Organization",
                "Jonathan Fine|general director of|Kunsthistorisches Museum")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Jonathan Fine|general of")), keys.toString());
    }

    /**
     * An organization's agents named from it act for it as subjects ("Officers from the Metropolitan Police arrested");
     * as objects they are only themselves. The tagger's organization run over a verb is two ("the Home Office met Amnesty").
     */
    @Test
    void anOrganizationsAgentsActForItAndNoNameRunsOverAVerb() {
        List<String> keys = TestPipeline.extract("Officers from the Metropolitan Police arrested John Smith on Monday. Officials from the "
                + "Home Office met Amnesty International. The Police Federation criticised officers from the Metropolitan Police. A former "
                + "official of the World Bank criticised the IMF.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Metropolitan Police|arrest|John Smith", "Home Office|meet|Amnesty International")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Police Federation|criticise|Metropolitan Police")
                || k.startsWith("World Bank|criticise")), keys.toString());
    }

    /** A member named after "including" past a phrase of time is one of the verb's plural object; not of a singular one. */
    @Test
    void aMemberIncludedAfterAPhraseOfTimeIsOneOfTheObject() {
        List<String> keys = TestPipeline.extract("Russia expelled ten diplomats on Monday, including John Smith. France criticised the "
                + "decision on Tuesday, including Germany. The Norwegian ministry granted licences to ten firms on Monday, including "
                + "Shell.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Russia|expel|John Smith", "Norway|grant licences to|Shell")), keys.toString());
        // the member is one of the nearest plural noun before it (the firms), not the thing granted
        assertTrue(keys.stream().noneMatch(k -> k.equals("France|criticise|Germany") || k.equals("Norway|grant|Shell")), keys.toString());
    }

    /** Backing had or won is the backer's support, by the word "backing" too, and by a possessive; a backing given is not. */
    @Test
    void backingHadIsTheBackersSupport() {
        List<String> keys = TestPipeline.extract("Daniel Okafor has the full backing of Aston Villa. Emmanuel Macron has Germany's backing. "
                + "Olaf Scholz withdrew his backing for Emmanuel Macron. Keir Starmer won the endorsements of Canada.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Aston Villa|support|Daniel Okafor", "Germany|support|Emmanuel Macron",
                "Canada|support|Keir Starmer")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.equals("Emmanuel Macron|support|Olaf Scholz") || k.equals("Olaf Scholz|support|Emmanuel Macron")),
                keys.toString());
    }

    /** The content of a report or claim its speaker denies did not happen; of one confirmed, it did. */
    @Test
    void theContentOfADeniedReportDidNotHappen() {
        List<Triple> triples = TestPipeline.extract("Boris Johnson denied reports that he had met Vladimir Putin. Boris Johnson confirmed "
                + "reports that he had met Xi Jinping.").triples();
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("Boris Johnson|meet|Vladimir Putin") && t.negated()), triples.toString());
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("Boris Johnson|meet|Xi Jinping") && !t.negated()), triples.toString());
    }

    /** After a title its possessive holds, "of" and a body after the apposed name say the person's body, not the title's. */
    @Test
    void anOfPhraseAfterAPossessedTitlesNameIsThePersons() {
        List<String> keys = TestPipeline.extract("Texas's governor, Greg Abbott, of the Republican Party, called the spill a crime. "
                + "Canada's ambassador to Colombia, Marie-Claude Gagnon, met Gustavo Petro.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Greg Abbott|member of|Republican Party", "Marie-Claude Gagnon|ambassador to|Colombia")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Greg Abbott|governor of|Republican Party")), keys.toString());
    }

    /** A plural sibling's noun before two conjoined names makes them siblings. */
    @Test
    void aSiblingsNounBeforeConjoinedNamesMakesThemSiblings() {
        List<String> keys = TestPipeline.extract("The bakery was founded in 1998 by the brothers Pablo and Diego Herrera. "
                + "The sisters Venus and Serena Williams won the doubles. Their lawyers met Anna and Ivan Petrov.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Pablo Herrera|brother of|Diego Herrera", "Venus Williams|sister of|Serena Williams")), keys.toString());
        // names after another plural noun are no siblings
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Anna Petrov|") || k.contains("|Anna Petrov")), keys.toString());
    }

    /** A relative clause whose own verb rejects the claim states the rejection, which happened. */
    @Test
    void aClaimsRejectionInItsRelativeClauseIsNoDenial() {
        List<Triple> triples = TestPipeline.extract("Greer accused Mexico of dumping steel, a claim that Ebrard rejected. "
                + "Boris Johnson denied reports that he had met Vladimir Putin.").triples();
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("Ebrard|reject|Greer") && !t.negated()), triples.toString());
        assertTrue(triples.stream().noneMatch(t -> key(t).equals("Ebrard|reject|Greer") && t.negated()), triples.toString());
        // the content of a report the speaker denies stays denied
        assertTrue(triples.stream().anyMatch(t -> key(t).equals("Boris Johnson|meet|Vladimir Putin") && t.negated()), triples.toString());
    }

    /** A head description stands for a name whose leading head is that noun in another language, also before "who". */
    @Test
    void aHeadDescriptionStandsForANameWithAForeignLeadingHead() {
        List<String> keys = TestPipeline.extract("A farmer's daughter reported the bone to the Museo Egidio Feruglio in Trelew. The "
                + "excavation was led by Pablo Santamaría, a researcher at the museum who also works for a university.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Pablo Santamaría|researcher at|Museo Egidio Feruglio"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Pablo Santamaría|researcher at|Trelew")), keys.toString());
    }

    /** A hyphenated title after a possessive ("commander-in-chief") is the possessor's, and its holder the clause's subject. */
    @Test
    void aHyphenatedTitleAfterAPossessiveIsThePossessorsAndItsHolderTheSubject() {
        List<String> keys = TestPipeline.extract("The Sunday Courier's editor-in-chief, Graham Pike, had told the court in June that the "
                + "newspaper stood by its reporting. The army's commander-in-chief, Min Aung Hlaing, met Vladimir Putin on Monday.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Graham Pike|editor of|Sunday Courier"), keys.toString());
        assertTrue(keys.stream().anyMatch(k -> k.endsWith("Hlaing|meet|Vladimir Putin")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Sunday Courier|tell")), keys.toString());
    }

    /** A person described as one from a country is from it; not from a name that may be a state's ("Georgia"), nor a deportee. */
    @Test
    void aPersonDescribedAsOneFromACountryIsFromIt() {
        List<String> keys = TestPipeline.extract("Maria Santos, a singer from Brazil, won the award. Tom Reed, a lawyer from Georgia, "
                + "filed the suit. Li Wei, a deportee from the United States, arrived on Monday.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Maria Santos|singer from|Brazil"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Tom Reed|") || k.startsWith("Li Wei|")), keys.toString());
    }

    /**
     * An offer answered is the offerer's to the one answering it, once; an offer beaten, relayed or examined is not made to
     * the one who handles it.
     */
    @Test
    void anOfferFromSomeoneIsTheirsToTheOneWhoAnswersIt() {
        List<String> keys = TestPipeline.extract("Unilever turned down an offer from Kraft Heinz in 2017. Microsoft beat off a rival bid "
                + "from Google on Monday. The European Commission is examining a bid from Microsoft for Activision Blizzard. Vodafone "
                + "accepted an offer from Microsoft in April. Unilever received an offer from Kraft Heinz in 2017.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Kraft Heinz|offer|Unilever", "Microsoft|offer|Vodafone")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Google|bid") || k.equals("Microsoft|bid|European Commission") || k.startsWith("Microsoft|give")),
                keys.toString());
    }

    /** A class noun's name right after it is the noun's, where the parser made it the subject of the infinitive after it. */
    @Test
    void aNameAfterItsClassNounIsTheNounsBeforeAnInfinitive() {
        List<String> keys = TestPipeline.extract("The National Library of Poland on Tuesday signed a seven-year agreement with the Finnish "
                + "technology company Arkivo to digitise books. Poland asked the European Commission to fund the project.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("National Library of Poland|sign agreement with|Arkivo", "Poland|ask|European Commission")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|Finland")), keys.toString());
    }

    /** A seat title held "on" a body is a seat in it; an adviser "on" an alliance advises on a subject. */
    @Test
    void aTitleOnABodyIsASeatInIt() {
        List<String> keys = TestPipeline.extract("Tom Brown, a councillor on Leeds City Council, resigned. Amir Rahimi, an adviser on "
                + "NATO, told reporters the talks had failed.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Tom Brown|councillor on|Leeds City Council"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Amir Rahimi|adviser")), keys.toString());
    }

    /** "X lost to Y": Y defeated X; not a sum lost to someone. */
    @Test
    void theOneLostToDefeatedTheLoser() {
        List<String> keys = TestPipeline.extract("Wróblewska lost to Tomasz Jaskólski in the by-election. Ford lost 2 billion dollars "
                + "to Toyota last year. Honda lost 500 to Nissan in the rankings. Germany lost 2-1 to Japan in Doha. Siemens lost with Alstom in the bidding.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Tomasz Jaskólski|defeat|Wróblewska", "Japan|defeat|Germany", "Siemens|lose with|Alstom")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("Wróblewska|lose") || k.startsWith("Toyota|defeat")
                || k.startsWith("Nissan|defeat")), keys.toString());
    }

    /** Shares listed on a market are their company's listing; not shares traded on something else, nor a past tie. */
    @Test
    void sharesListedOnAnExchangeAreTheCompanysListingAndAPastTieIsNone() {
        List<String> keys = TestPipeline.extract("Orbis Bank's shares, which are listed on the London Stock Exchange, fell. Shares of "
                + "Northwind Technologies are traded on Orbis Bank.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Orbis Bank|list on|London Stock Exchange"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Northwind Technologies|list on")), keys.toString());
        List<String> ties = TestPipeline.extract("Jane Doe, Smith's business partner, said the deal was fair. Mary Roe, Smith's former "
                + "business partner, disagreed.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(ties.contains("Jane Doe|partner of|Smith"), ties.toString());
        assertTrue(ties.stream().noneMatch(k -> k.startsWith("Mary Roe|partner of")), ties.toString());
        List<String> former = TestPipeline.extract("Orbis Logistics, a former subsidiary of Northwind Technologies, was sold. Vexlar Nord, a "
                + "subsidiary of Northwind Technologies, was not.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(former.contains("Vexlar Nord|subsidiary of|Northwind Technologies"), former.toString());
        assertTrue(former.stream().noneMatch(k -> k.startsWith("Orbis Logistics|subsidiary")), former.toString());
        List<String> stockholm = TestPipeline.extract("Orbis Bank's shares are traded on Nasdaq Stockholm.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(stockholm.contains("Orbis Bank|list on|Nasdaq Stockholm"), stockholm.toString());
    }

    /** The act people a party sends are sent to do is the party's; a party sent acts for itself. */
    @Test
    void anActOfThePeopleSentIsTheSendersButOneOfAPartySentIsItsOwn() {
        List<String> keys = TestPipeline.extract("Iran dispatched military advisers to help Hezbollah. The United States sent Antony "
                + "Blinken to meet Wang Yi.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.containsAll(List.of("Iran|help|Hezbollah", "Antony Blinken|meet|Wang Yi")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("United States|meet")), keys.toString());
        // people sent on their own business are no means of the sender's
        List<String> migrants = TestPipeline.extract("Belarus sent migrants to enter Poland. Iran sent troops to fight Israel.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(migrants.contains("Iran|fight|Israel"), migrants.toString());
        assertTrue(migrants.stream().noneMatch(k -> k.startsWith("Belarus|enter")), migrants.toString());
    }

    /** A clause the parser left with an orphan verb makes no apposition a role. */
    @Test
    void anOrphanedVerbsObjectIsNoRole() {
        List<String> keys = TestPipeline.extract("Kestrel Motors, whose chairman is Hiroshi Tanabe, recalled 90,000 vehicles in Japan.")
                .triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Hiroshi Tanabe|chairman of|Kestrel Motors"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("vehicles")), keys.toString());
        // nor a finite verb the parser made a modifier of the apposition
        List<String> modifier = TestPipeline.extract("The Public Investment Fund, whose governor is Yasir Al-Rumayyan, also holds stakes in "
                + "Nintendo and in the South Korean publisher Nexon.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(modifier.contains("Yasir Al-Rumayyan|governor of|Public Investment Fund"), modifier.toString());
        assertTrue(modifier.stream().noneMatch(k -> k.startsWith("Yasir Al-Rumayyan|hold")), modifier.toString());
    }

    /** A name a participle modifies is a relative clause's object the parser hung on as an apposition, no kin. */
    @Test
    void aKinsSecondAppositionThatAVerbModifiesIsNoKin() {
        List<String> keys = TestPipeline.extract("Gunnarsdottir, whose father, the geologist Gunnar Sigurdsson, mapped Krafla during the "
                + "eruptions of the 1970s, said sensors had recorded high temperatures.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Gunnar Sigurdsson|father of|Gunnarsdottir"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Krafla|")), keys.toString());
        // a participle before the name inside the apposition is the name's ("the jailed Alexei Navalny")
        keys = TestPipeline.extract("Yulia Navalnaya's husband, the jailed Alexei Navalny, wrote a letter.").triples().stream()
                .map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Alexei Navalny|husband of|Yulia Navalnaya"), keys.toString());
    }

    /** A joint relation after a preposition is done with the other party, but not a stance on it nor a report of it. */
    @Test
    void aJointRelationAfterAPrepositionIsWithTheOtherPartyButNotAStanceOnIt() {
        List<String> keys = TestPipeline.extract("The striker Lena Berg agreed to a three-year contract with Arsenal on Monday. France "
                + "objected to the talks with Iran. Israel has killed thousands of people in the war with Hamas.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Lena Berg|agree to contract with|Arsenal"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("France|") && k.endsWith("|Iran")), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Israel|kill")), keys.toString());
    }

    /** A party's word after "a" in apposition makes a member; a former one none. */
    @Test
    void aPartysWordInAppositionMakesAMemberButAFormerOneNone() {
        List<String> keys = TestPipeline.extract("The Conservative Party proposed the measures. Ingrid Solheim, a Conservative, said the "
                + "city could not grow. Jane Smith, a former Conservative, said the plan was fine.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Ingrid Solheim|member of|Conservative Party"), keys.toString());
        // a former member is none
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Jane Smith|member of")), keys.toString());
    }

    /** A person's agent named in apposition works for the person; a body's agent for the body, no person. */
    @Test
    void aPersonsAgentInAppositionIsTheirsButABodysAgentIsNot() {
        List<String> keys = TestPipeline.extract("Kaito Morishita signed with the club. His agent, Brian Kessel, said the deal was fair. "
                + "An FBI agent, John Doyle, testified.").triples().stream().map(RelationRulesTest::key).toList();
        assertTrue(keys.contains("Brian Kessel|agent of|Kaito Morishita"), keys.toString());
        assertTrue(keys.contains("John Doyle|agent of|FBI"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("John Doyle|agent of|") && !k.endsWith("|FBI")), keys.toString());
    }
}
