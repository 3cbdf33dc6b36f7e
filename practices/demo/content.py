"""Demo content for the Kulttuuria yhteistuumin knowledge bank, as plain Python data.

The data is Finnish first. It covers good practices, webinar recordings, municipality visits,
news, standard pages, and Swedish and English translations of a few items. It draws on the
development task's own aims (municipality visits, webinars, sharing good practices, a culture
of trust), on Kotiseutuliitto's 2019 partnership events in Kempele and Sastamala, and on
Lahti's cultural wellbeing workshop of 21.11.2024.

The people, e-mail addresses (example.fi) and phone numbers are fictional. Municipalities are
given by their three-digit Statistics Finland codes, as text. Vocabulary values are slugs from
``practices.vocabulary_terms.TERMS``. Dates of webinars, visits and news are offsets from the
day the demo is loaded ("days_from_today"), so the demo always has past and upcoming events.

Section texts are plain text. A blank line ("\\n\\n") separates paragraphs. They contain no
HTML. This module contains no Django code; the ``seed_demo`` command is meant to turn it into pages.
"""

# ---------------------------------------------------------------------------------------------
# Good practices (hyvät käytännöt)
# ---------------------------------------------------------------------------------------------

PRACTICES = [
    {
        "slug": "kempeleen-kulttuurikumppanuuspoyta",
        "title": "Kulttuurikumppanuuspöytä kunnan ja yhdistysten yhteistyön foorumina",
        "summary": (
            "Kempeleen kunta kokoaa kulttuuri-, kotiseutu- ja muut paikalliset yhdistykset kahdesti "
            "vuodessa kumppanuuspöytään sopimaan yhteisistä tapahtumista, tiloista ja tiedotuksesta."
        ),
        "background": (
            "Kempeleessä toimii yli sata yhdistystä, mutta kulttuuritoiminta oli pitkään kunkin "
            "yhdistyksen omissa käsissä, ja tieto kulki sattumanvaraisesti. Kotiseutuliiton "
            "Yhdistykset ja kunnat kulttuurikumppaneina -hankkeen tilaisuudessa Kempeleessä 5.11.2019 "
            "yhdistykset toivoivat säännöllistä kohtaamispaikkaa ja kunnalta kevyttä koordinaatiota.\n\n"
            "Samalla nousi esiin huoli toimijoiden ikääntymisestä. Nuoret aikuiset lähtevät "
            "mieluummin mukaan lyhyisiin projekteihin kuin sitoutuvat hallitustyöhön."
        ),
        "how_it_works": (
            "Kumppanuuspöytä kokoontuu keväällä ja syksyllä vuorotellen kunnantalolla ja "
            "kirjastossa. Kulttuurikoordinaattori kutsuu pöydän koolle, mutta puheenjohtajuus kiertää "
            "yhdistysten kesken, jotta pöydästä ei tule kunnan tiedotustilaisuutta.\n\n"
            "Jokaisessa tapaamisessa käydään läpi seuraavan puolen vuoden tapahtumat yhteisestä "
            "kalenterista, sovitaan päällekkäisyyksistä ja etsitään pareja yhteisiin tapahtumiin. "
            "Kunta kertoo ajankohtaisista avustushauista ja tilojen käytöstä. Lopuksi sovitaan "
            "enintään kolmesta yhteisestä asiasta, joita viedään eteenpäin, ja nimetään niille "
            "vastuuhenkilöt."
        ),
        "resources": (
            "Kulttuurikoordinaattorilta kuluu valmisteluun ja muistioihin noin 5–7 työpäivää "
            "vuodessa. Tilat ovat kunnan omia, ja tarjoiluihin on varattu noin 400 euroa vuodessa. "
            "Yhteisenä tapahtumakalenterina on kunnan nykyinen verkkokalenteri, joten erillisiä "
            "järjestelmäkuluja ei ole."
        ),
        "results": (
            "Pöydässä on vakituisesti mukana 25–30 yhdistystä. Kulttuuriyhdistysten lisäksi mukana "
            "on urheiluseuroja, eläkeläisjärjestöjä ja vanhempainyhdistyksiä. Päällekkäiset "
            "tapahtumat ovat vähentyneet selvästi. Vakiintunein pöydässä syntynyt yhteistapahtuma on "
            "syksyn kylätapahtuma, jonka kuusi yhdistystä järjestää vuosittain.\n\n"
            "Osallistujille tehdään joka vuosi lyhyt palautekysely. Vuonna 2025 vastaajista 86 % "
            "piti pöytää hyödyllisenä."
        ),
        "adoption": (
            "Aloita kartoittamalla kunnan yhdistykset ja kutsu mukaan laajasti, ei vain "
            "kulttuuriyhdistyksiä. Sopikaa heti ensimmäisellä kerralla, mitä pöytä on ja mitä se ei "
            "ole: se ei jaa avustuksia eikä päätä asioista yhdistysten puolesta.\n\n"
            "Kuntaliiton kumppanuuspöydän rakennusopas ja Kotiseutuliiton verkko-opas Yhdistykset ja "
            "kunnat kulttuurikumppaneina antavat hyvän rungon. Pienessä kunnassa pöydän voi "
            "järjestää yhdessä naapurikunnan kanssa."
        ),
        "lessons_learned": (
            "Kiertävä puheenjohtajuus sitoutti yhdistyksiä enemmän kuin mikään muu yksittäinen "
            "ratkaisu. Lyhyt muistio, jossa on kolme sovittua asiaa, riittää, kunhan se lähtee "
            "osallistujille saman viikon aikana. Kun kokoukset siirrettiin iltapäivästä kello "
            "18:aan, mukaan tuli myös työssäkäyviä yhdistysaktiiveja."
        ),
        "what_did_not_work": (
            "Ensimmäisenä vuonna kokeiltu erillinen sähköpostilista hiljeni nopeasti, koska "
            "yhdistykset eivät halunneet uutta viestikanavaa. Myös yritys koota kaikki tapahtumat "
            "yhteen painettuun esitteeseen kaatui aikatauluihin, ja esitteestä luovuttiin "
            "verkkokalenterin hyväksi."
        ),
        "municipalities": ["244"],
        "adopted_in": ["494", "535"],
        "scope": "local",
        "themes": ["cooperation", "networking", "participation"],
        "target_groups": ["all-residents"],
        "art_forms": ["cultural-heritage", "multi-arts"],
        "partner_sectors": ["municipality", "associations", "parishes"],
        "teaviisari_dimensions": ["common-practices", "participation"],
        "culture_act_tasks": ["amateur-civic", "heritage-local-culture"],
        "tags": ["kumppanuuspöytä", "yhdistykset", "vapaaehtoiset", "tapahtumakalenteri"],
        "start_year": 2020,
        "end_year": None,
        "status": "active",
        "reach": 180,
        "evidence_level": "evaluated",
        "cost_level": "small",
        "contacts": [
            {
                "name": "Liisa Heikura",
                "title": "kulttuurikoordinaattori",
                "organisation": "Kempeleen kunta, kulttuuripalvelut",
                "email": "liisa.heikura@example.fi",
                "phone": "+358 40 000 0001",
                "publish_consent": True,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/kempele/kulttuurikumppanuuspoyta",
                "title": "Kempeleen kulttuurikumppanuuspöydän muistiot ja kalenteri",
            },
        ],
        "review": {
            "last_reviewed": "2026-03-12",
            "interval_months": 12,
            "owner_email": "liisa.heikura@example.fi",
        },
        "related": ["sastamalan-yhdistysten-yhteistyoillat", "lahden-kulttuurihyvinvointisuunnitelma"],
    },
    {
        "slug": "sastamalan-yhdistysten-yhteistyoillat",
        "title": "Yhdistysten yhteistyöillat kylätaloilla",
        "summary": (
            "Sastamalan kaupunki järjestää kolmesti vuodessa avoimen yhteistyöillan, jossa "
            "yhdistykset esittäytyvät toisilleen, etsivät tekijöitä ja kumppaneita ja ideoivat "
            "yhteistä toimintaa."
        ),
        "background": (
            "Sastamalassa on kuntaliitosten jälkeen laaja kylä- ja yhdistyskenttä. Moni yhdistys "
            "kamppailee sen kanssa, että aktiivit ikääntyvät ja vähenevät. Kotiseutuliiton "
            "järjestämässä yhdistysten yhteistyön kehittämisillassa 25.4.2019 yhdistykset kertoivat, "
            "etteivät ne tunne toistensa toimintaa ja että yhteistyö tarvitsisi lisäpuhtia.\n\n"
            "Yhdistykset toivoivat matalan kynnyksen kohtaamisia, joissa ei tarvita kokouspöytäkirjoja."
        ),
        "how_it_works": (
            "Yhteistyöilta järjestetään vuorotellen eri kylätaloilla ja seurantaloilla. Näin myös "
            "isännöivä yhdistys pääsee esittelemään omaa toimintaansa ja tilaansa. Illan alussa "
            "4–5 yhdistystä esittäytyy kolmessa minuutissa.\n\n"
            "Sen jälkeen vuorossa on tori: yhdistykset kertovat, mihin ne tarvitsevat apua ja mitä "
            "ne voivat tarjota muille, esimerkiksi talkoolaisia, kalustoa tai tiloja. Kaupungin "
            "kulttuuri- ja vapaa-aikapalvelut hoitavat kutsun ja fasilitoinnin ja kertovat illan "
            "lopuksi ajankohtaisista avustuksista. Tarjotut ja kysytyt asiat kootaan listaksi, joka "
            "lähetetään kaikille osallistujille."
        ),
        "resources": (
            "Yhden illan järjestäminen vie kulttuurisihteeriltä noin kaksi työpäivää. Isännöivä "
            "yhdistys saa 150 euron tila- ja kahvituskorvauksen, joten vuosikustannus jää alle "
            "1 000 euron. Erillistä rahoitusta ei ole tarvittu."
        ),
        "results": (
            "Vuodesta 2019 lähtien iltoja on järjestetty 18, ja niihin on osallistunut keskimäärin "
            "35 henkeä noin 20 yhdistyksestä. Iltojen tuloksena on syntynyt muun muassa kolmen kylän "
            "yhteinen kesätapahtuma ja yhdistysten talkoorinki, joka auttaa pienempiä yhdistyksiä "
            "isoissa tapahtumissa.\n\n"
            "Vaikutuksia ei ole arvioitu järjestelmällisesti, mutta osallistujamäärät ovat pysyneet "
            "tasaisina."
        ),
        "adoption": (
            "Malli sopii erityisesti kuntaan, jossa on paljon kyliä ja kylätaloja. Järjestäkää illat "
            "yhdistysten omissa tiloissa, pitäkää esittelyt lyhyinä ja antakaa eniten aikaa vapaalle "
            "keskustelulle. Kunnan tehtävä on kutsua koolle ja pitää kirjaa, ei ohjata sisältöä."
        ),
        "lessons_learned": (
            "Tori, jossa kerrotaan sekä tarpeista että tarjottavasta, toimii paremmin kuin yleinen "
            "keskustelu yhteistyöstä. Kylätaloilla on saatu mukaan yhdistyksiä, jotka eivät koskaan "
            "tulisi kaupungintalolle. Nuoria aikuisia on tavoitettu parhaiten pyytämällä heitä "
            "yksittäiseen, selvästi rajattuun tehtävään."
        ),
        "what_did_not_work": (
            "Koronavuosina kokeillut etäillat eivät tavoittaneet iäkkäämpiä yhdistysaktiiveja, ja "
            "osallistujia oli alle puolet tavallisesta. Myöskään yhdistysten yhteistä "
            "koordinaatioryhmää ei saatu perustettua, koska kukaan ei halunnut lisää kokousvastuuta."
        ),
        "municipalities": ["790"],
        "adopted_in": ["581"],
        "scope": "local",
        "themes": ["cooperation", "networking", "vitality"],
        "target_groups": ["all-residents", "villages-sparse"],
        "art_forms": ["cultural-heritage", "multi-arts"],
        "partner_sectors": ["municipality", "associations", "informal-groups"],
        "teaviisari_dimensions": ["common-practices", "participation"],
        "culture_act_tasks": ["amateur-civic", "heritage-local-culture"],
        "tags": ["yhdistykset", "kylätalot", "vapaaehtoiset", "talkoot"],
        "start_year": 2019,
        "end_year": None,
        "status": "active",
        "reach": 100,
        "evidence_level": "described",
        "cost_level": "small",
        "contacts": [
            {
                "name": "Markus Vainionpää",
                "title": "kulttuurisihteeri",
                "organisation": "Sastamalan kaupunki, kulttuuri- ja vapaa-aikapalvelut",
                "email": "markus.vainionpaa@example.fi",
                "phone": "+358 40 000 0002",
                "publish_consent": True,
            },
            {
                "name": "Anneli Koivisto",
                "title": "yhdistysyhdyshenkilö",
                "organisation": "Sastamalan kaupunki",
                "email": "anneli.koivisto@example.fi",
                "phone": "+358 40 000 0003",
                "publish_consent": False,
            },
        ],
        "links": [],
        "review": {
            "last_reviewed": "2025-10-02",
            "interval_months": 12,
            "owner_email": "markus.vainionpaa@example.fi",
        },
        "related": ["kempeleen-kulttuurikumppanuuspoyta", "ita-lapin-kylatalojen-kulttuurikiertue"],
    },
    {
        "slug": "lahden-kulttuurihyvinvointisuunnitelma",
        "title": "Kulttuurihyvinvointisuunnitelma yhdessä taide- ja kulttuuritoimijoiden kanssa",
        "summary": (
            "Lahti kokosi kulttuurihyvinvointisuunnitelmansa toimijoiden työpajan pohjalta yhdessä "
            "Päijät-Hämeen liiton kanssa. Suunnitelman teemat ovat saavutettavuus, yhteistyö, "
            "tietopohja ja uusien toimintamallien kokeilu."
        ),
        "background": (
            "Kulttuuritoimintalaki ja hyvinvointialueuudistus edellyttävät, että kaupunki, "
            "hyvinvointialue ja maakunnan liitto sopivat rooleistaan kulttuurihyvinvoinnin "
            "edistämisessä. Lahdessa tieto kulttuurihyvinvointityöstä oli hajallaan, ja vapaan "
            "kentän ja kolmannen sektorin toiminta jäi usein näkymättömiin myös TEAviisarin "
            "kyselyvastauksissa.\n\n"
            "Suunnitelma haluttiin rakentaa yhdessä toimijoiden kanssa eikä pelkkänä virkatyönä."
        ),
        "how_it_works": (
            "Suunnitelman taustaksi järjestettiin taide- ja kulttuuritoimijoille työpaja Lahden "
            "palvelutorilla 21.11.2024. Työpajaan osallistui 20 henkeä. Sen fasilitoivat Päijät-Hämeen "
            "liiton asiantuntijat, ja kaupungin kulttuuripalveluja edusti kulttuurituottaja.\n\n"
            "Kulttuurihyvinvointia ja suunnitelmaluonnoksen teemoja käsitelleen alustuksen jälkeen "
            "osallistujat pohtivat ensin itsekseen onnistuneen yhteistyön elementtejä ja sitä, mitä "
            "kulttuurihyvinvoinnin edistämiseksi pitäisi tapahtua juuri nyt. Sen jälkeen kolme "
            "pienryhmää tiivisti kukin kolme konkreettista toimenpide-ehdotusta. Työpajan kooste "
            "julkaistiin, ja suunnitelmaluonnos lähetettiin osallistujille kommentoitavaksi."
        ),
        "resources": (
            "Suunnitelma laadittiin kulttuuripalveluiden tavallisena virkatyönä. Päijät-Hämeen liitto "
            "hoiti työpajan fasilitoinnin, ja palvelutori on kaupungin oma tila. Suorat kulut jäivät "
            "muutamaan sataan euroon."
        ),
        "results": (
            "Työpajassa syntyi yhdeksän toimenpide-ehdotusta. Niitä olivat muun muassa edullisten "
            "ja helposti löydettävien tilojen tarjoaminen, yhteinen tietokanta, johon paikalliset "
            "toimijat voivat päivittää tietonsa, verkostotapaamiset kolmannelle sektorille ja vapaalle "
            "kentälle, lasten ja nuorten nostaminen keskiöön sekä säännöllisesti kokoontuva "
            "kulttuuripoliittinen foorumi.\n\n"
            "Ehdotukset on kirjattu suunnitelman toimenpideohjelmaan. Suunnitelman vaikutuksia "
            "seurataan TEAviisarin ja hyvinvointikertomuksen avulla."
        ),
        "adoption": (
            "Kutsukaa työpajaan myös vapaan kentän taiteilijoita ja kolmannen sektorin toimijoita, "
            "ei vain kaupungin omia yksiköitä. Ulkopuolinen fasilitaattori, esimerkiksi maakunnan "
            "liitosta, auttaa pitämään huolen siitä, ettei tilaisuus kutistu kaupungin esittelyksi. "
            "Palauttakaa tulokset osallistujille nopeasti ja näkyvästi, jotta he näkevät oman "
            "panoksensa suunnitelmassa."
        ),
        "lessons_learned": (
            "Osallistujat halusivat tulla mukaan jakamaan eivätkä vain vastaanottamaan, ja useampi "
            "toimija lupautui verkoston vetäjäksi. Kaupungilta toivottiin tukea verkoston "
            "alkuvaiheeseen, mutta ei ylhäältä johtamista.\n\n"
            "Rahoituksesta ja tiloista oltiin huolissaan, mutta pääpaino oli yhteistyön "
            "tiivistämisessä kaupungin, hyvinvointialueen ja maakunnan liiton kesken."
        ),
        "what_did_not_work": (
            "Yksi työpaja ei tavoittanut maahanmuuttajien, vammaisten ja työttömien järjestöjä, "
            "joten näiden ryhmien näkökulma jäi ohueksi. Jatkossa heitä lähestytään omissa tiloissaan "
            "ja verkostoissaan."
        ),
        "municipalities": ["398"],
        "adopted_in": [],
        "scope": "local",
        "themes": ["cultural-wellbeing", "cultural-policy", "cooperation", "knowledge-base"],
        "target_groups": ["all-residents"],
        "art_forms": ["multi-arts"],
        "partner_sectors": ["municipality", "wellbeing-county", "regional-council", "associations"],
        "teaviisari_dimensions": ["commitment", "management", "participation"],
        "culture_act_tasks": ["wellbeing-vitality", "equal-access"],
        "tags": ["kulttuurihyvinvointisuunnitelma", "työpaja", "vapaa kenttä", "hyvinvointikertomus"],
        "start_year": 2024,
        "end_year": None,
        "status": "active",
        "reach": None,
        "evidence_level": "described",
        "cost_level": "none",
        "contacts": [
            {
                "name": "Emilia Rantakari",
                "title": "kulttuurituottaja",
                "organisation": "Lahden kaupunki, kulttuuripalvelut",
                "email": "emilia.rantakari@example.fi",
                "phone": "+358 40 000 0004",
                "publish_consent": True,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/lahti/kulttuurihyvinvointi/tyopaja-2024",
                "title": "Taustatyöpajan kooste 21.11.2024",
            },
        ],
        "review": {
            "last_reviewed": "2026-01-20",
            "interval_months": 12,
            "owner_email": "emilia.rantakari@example.fi",
        },
        "related": [
            "rovaniemen-kulttuurihyvinvoinnin-tyoryhma",
            "jyvaskylan-tilapankki",
            "kempeleen-kulttuurikumppanuuspoyta",
        ],
    },
    {
        "slug": "turun-kulttuuriluotsit",
        "title": "Kulttuuriluotsit ikääntyneiden kulttuurikavereina",
        "summary": (
            "Koulutetut vapaaehtoiset kulttuuriluotsit lähtevät ikääntyneen turkulaisen seuraksi "
            "konserttiin, näyttelyyn tai teatteriin. Kaupunki kouluttaa ja tukee luotseja, ja "
            "kulttuurilaitokset antavat maksuttomat liput."
        ),
        "background": (
            "Moni ikääntynyt turkulainen jättää kulttuuritapahtumat väliin, koska yksin lähteminen "
            "tuntuu vaikealta, liikkuminen on epävarmaa tai seuraa ei ole. Kulttuurihyvinvoinnin "
            "kyselyissä yksinäisyys ja seuran puute nousivat suurimmiksi osallistumisen esteiksi.\n\n"
            "Samaan aikaan kaupungissa oli paljon eläkkeelle jääneitä, jotka halusivat tehdä "
            "mielekästä vapaaehtoistyötä."
        ),
        "how_it_works": (
            "Kulttuuripalvelut rekrytoivat vapaaehtoiset luotsit ja kouluttavat heidät kahden illan "
            "peruskoulutuksessa. Siinä käsitellään muun muassa kohtaamista, muistisairauksia, "
            "esteettömyyttä ja vapaaehtoisen rajoja. Kaupunkilainen tai hänen läheisensä tilaa luotsin "
            "puhelimitse tai verkkolomakkeella, ja koordinaattori etsii hänelle sopivan luotsin.\n\n"
            "Luotsi ja asiakas valitsevat kohteen yhdessä, ja kulttuurilaitokset antavat molemmille "
            "maksuttoman lipun. Luotseille järjestetään joka kuukausi vertaistapaaminen ja kerran "
            "vuodessa kiitostilaisuus. Toimintaa on sekä suomeksi että ruotsiksi."
        ),
        "resources": (
            "Koordinaattorin työpanos on noin puoli henkilötyövuotta. Koulutuksiin, vakuutuksiin ja "
            "vertaistapaamisiin kuluu noin 6 000 euroa vuodessa. Liput ovat kulttuurilaitosten omaa "
            "panostusta, ja luotsit saavat joukkoliikenteen matkalipun."
        ),
        "results": (
            "Vuosittain mukana on noin 80 aktiivista luotsia, ja käyntejä kertyy noin 1 200. "
            "Vuonna 2023 tehdyssä ulkopuolisessa arvioinnissa asiakkaat kertoivat yksinäisyyden "
            "vähentyneen ja kotoa lähtemisen helpottuneen. Luotsit kokivat toiminnan "
            "merkitykselliseksi.\n\n"
            "Malli on otettu käyttöön myös naapurikunnissa."
        ),
        "adoption": (
            "Toiminta tarvitsee nimetyn koordinaattorin, joka vastaa rekrytoinnista, koulutuksesta ja "
            "tilauksista. Pelkän vapaaehtoisverkoston varassa malli ei kestä. Sopikaa lippukäytännöstä "
            "kulttuurilaitosten kanssa kirjallisesti. Pienemmässä kunnassa luotsitoiminta voi olla osa "
            "kirjaston tai paikallisen järjestön vapaaehtoistoimintaa."
        ),
        "lessons_learned": (
            "Vakiintunut luotsi–asiakas-pari toimii paremmin kuin joka kerta vaihtuva seura. "
            "Vertaistapaamiset ratkaisevat pitkälti sen, pysyvätkö luotsit mukana. Kaksikielisyys "
            "kannattaa suunnitella heti alussa, jotta ruotsinkieliset asiakkaat saavat palvelua omalla "
            "kielellään."
        ),
        "what_did_not_work": (
            "Verkkolomake ei yksinään tavoittanut kohderyhmää, vaan valtaosa tilauksista tulee yhä "
            "puhelimitse tai kotihoidon ja omaisten kautta. Kun toimintaa yritettiin laajentaa "
            "hoivakoteihin samoilla luotseilla, vapaaehtoisten kuormitus kasvoi liian suureksi."
        ),
        "municipalities": ["853"],
        "adopted_in": ["202", "680", "577"],
        "scope": "local",
        "themes": ["cultural-wellbeing", "accessibility", "participation"],
        "target_groups": ["older-people", "people-with-disabilities"],
        "art_forms": ["music", "theatre", "visual-arts", "multi-arts"],
        "partner_sectors": ["municipality", "associations", "wellbeing-county"],
        "teaviisari_dimensions": ["common-practices", "other-core-functions"],
        "culture_act_tasks": ["equal-access", "wellbeing-vitality"],
        "tags": ["kulttuuriluotsit", "vapaaehtoiset", "yksinäisyys", "kulttuurikaveri"],
        "start_year": 2016,
        "end_year": None,
        "status": "active",
        "reach": 1200,
        "evidence_level": "evaluated_externally",
        "cost_level": "medium",
        "contacts": [
            {
                "name": "Johanna Lindroos",
                "title": "kulttuuriluotsitoiminnan koordinaattori",
                "organisation": "Turun kaupunki, kulttuuripalvelut",
                "email": "johanna.lindroos@example.fi",
                "phone": "+358 40 000 0005",
                "publish_consent": True,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/turku/kulttuuriluotsit",
                "title": "Tilaa kulttuuriluotsi",
            },
            {
                "url": "https://www.example.fi/turku/kulttuuriluotsit/arviointi-2023.pdf",
                "title": "Kulttuuriluotsitoiminnan arviointiraportti 2023",
            },
        ],
        "review": {
            "last_reviewed": "2025-12-04",
            "interval_months": 12,
            "owner_email": "johanna.lindroos@example.fi",
        },
        "related": [
            "porin-kulttuuriavain",
            "joensuun-taidelahete",
            "hoivakotien-taiteilijaresidenssi-pietarsaaren-seutu",
        ],
    },
    {
        "slug": "joensuun-taidelahete",
        "title": "Taidelähete hyvinvointialueen asiakkaille",
        "summary": (
            "Joensuun kaupunki ja Pohjois-Karjalan hyvinvointialue tarjoavat taidelähetettä: "
            "ammattilainen voi ohjata asiakkaan kymmenen kerran taideryhmään, jota ohjaa "
            "kulttuurihyvinvointiin perehtynyt taiteilija."
        ),
        "background": (
            "Joensuulaiset sosiaali- ja terveysalan ammattilaiset kertoivat, ettei heillä ollut "
            "tarjota muuta kuin keskusteluapua tai lääkitystä monelle asiakkaalle, jota painoi "
            "lievä masennus, yksinäisyys tai pitkä työttömyys. Kansainväliset kokemukset "
            "taidelähetteestä (arts on prescription) olivat rohkaisevia.\n\n"
            "Hyvinvointialueen aloitettua kaupunki ja hyvinvointialue halusivat löytää yhteisen, "
            "konkreettisen palvelun, joka edistää hyvinvointia."
        ),
        "how_it_works": (
            "Terveyskeskuksen, aikuissosiaalityön tai mielenterveyspalvelujen työntekijä kirjoittaa "
            "asiakkaalle taidelähetteen yhteisellä lomakkeella. Kaupungin "
            "kulttuurihyvinvointikoordinaattori soittaa asiakkaalle ja ohjaa hänet sopivaan ryhmään. "
            "Ryhmässä on 6–8 henkeä, ja se kokoontuu kymmenen kertaa kerran viikossa. Sisältönä on "
            "esimerkiksi kuvataide, sanataide tai musiikki.\n\n"
            "Ryhmiä ohjaavat ammattitaiteilijat, jotka ovat käyneet kulttuurihyvinvoinnin "
            "täydennyskoulutuksen. Jakson lopuksi osallistujia ohjataan jatkamaan kansalaisopiston, "
            "yhdistysten tai kirjaston säännöllisessä toiminnassa."
        ),
        "resources": (
            "Taiteilijoiden palkkiot ja materiaalit maksavat noin 25 000 euroa vuodessa. Kaupunki ja "
            "hyvinvointialue jakavat kustannukset. Kahtena ensimmäisenä vuonna toimintaa rahoitettiin "
            "myös valtionavustuksella. Ryhmät kokoontuvat kaupungin omissa tiloissa."
        ),
        "results": (
            "Vuosina 2022–2025 lähetteen on saanut noin 320 asiakasta, ja kolme neljästä kävi jakson "
            "loppuun. Osallistujien kokemaa hyvinvointia mitattiin jakson alussa ja lopussa lyhyellä "
            "hyvinvointimittarilla (WEMWBS), ja keskiarvo parani selvästi.\n\n"
            "Arvioinnin teki kaupungin ja hyvinvointialueen yhteinen työryhmä. Ulkopuolinen arviointi "
            "on suunnitteilla."
        ),
        "adoption": (
            "Aloittakaa yhden palvelun, esimerkiksi terveyskeskuksen tai aikuissosiaalityön, kanssa "
            "ja laajentakaa vasta, kun lähetekäytäntö toimii. Sopikaa kustannusten jaosta ja "
            "tietosuojasta hyvinvointialueen kanssa kirjallisesti. Toiminnan tärkein yksittäinen osa "
            "on nimetty yhteyshenkilö, joka soittaa jokaiselle lähetteen saaneelle."
        ),
        "lessons_learned": (
            "Puhelu ennen ensimmäistä kokoontumista madaltaa kynnystä ratkaisevasti. Taiteilijat "
            "tarvitsevat täydennyskoulutusta ja säännöllistä työnohjausta, koska ryhmissä tulee esiin "
            "raskaitakin asioita. Jatkopolun pitää olla valmiina ennen kuin ryhmä päättyy."
        ),
        "what_did_not_work": (
            "Alussa lähetteitä tuli vähän, koska ammattilaiset eivät kiireisellä vastaanotolla "
            "muistaneet uutta mahdollisuutta. Tilanne parani vasta, kun koordinaattori kävi "
            "esittelemässä mallia tiimien palavereissa."
        ),
        "municipalities": ["167"],
        "adopted_in": ["541"],
        "scope": "local",
        "themes": ["cultural-wellbeing", "new-operating-models", "cooperation"],
        "target_groups": ["rehabilitation-clients", "unemployed", "working-age"],
        "art_forms": ["visual-arts", "literary-arts", "music"],
        "partner_sectors": ["municipality", "wellbeing-county", "educational-institutions", "associations"],
        "teaviisari_dimensions": ["common-practices", "other-core-functions"],
        "culture_act_tasks": ["wellbeing-vitality", "professional-art"],
        "tags": ["taidelähete", "hyvinvointialue", "mielenterveys", "taiteilijat"],
        "start_year": 2022,
        "end_year": None,
        "status": "active",
        "reach": 90,
        "evidence_level": "evaluated",
        "cost_level": "medium",
        "contacts": [
            {
                "name": "Tuomas Hirvonen",
                "title": "kulttuurihyvinvointikoordinaattori",
                "organisation": "Joensuun kaupunki, kulttuuripalvelut",
                "email": "tuomas.hirvonen@example.fi",
                "phone": "+358 40 000 0006",
                "publish_consent": True,
            },
            {
                "name": "Sari Karvinen",
                "title": "palveluesihenkilö, aikuissosiaalityö",
                "organisation": "Pohjois-Karjalan hyvinvointialue",
                "email": "sari.karvinen@example.fi",
                "phone": "+358 40 000 0007",
                "publish_consent": False,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/joensuu/taidelahete",
                "title": "Taidelähete ammattilaisille: lomake ja ohjeet",
            },
        ],
        "review": {
            "last_reviewed": "2026-02-16",
            "interval_months": 12,
            "owner_email": "tuomas.hirvonen@example.fi",
        },
        "related": ["turun-kulttuuriluotsit", "porin-kulttuuriavain"],
    },
    {
        "slug": "ita-lapin-kylatalojen-kulttuurikiertue",
        "title": "Itä-Lapin kylätalojen kulttuurikiertue",
        "summary": (
            "Kemijärvi, Pelkosenniemi, Savukoski ja Salla tilaavat yhdessä ammattitaiteilijoiden "
            "esityksiä, jotka kiertävät kylätaloilla. Yhteistilaus tuo konsertit ja teatterin kyliin, "
            "joihin yksittäinen kunta ei niitä saisi."
        ),
        "background": (
            "Itä-Lapin kunnissa välimatkat ovat pitkiä, ja monessa kylässä asuu vain muutamia "
            "kymmeniä ihmisiä. Kylätalo on usein kylän ainoa kokoontumispaikka, mutta sen ohjelma on "
            "ollut talkoolaisten varassa.\n\n"
            "Yksittäisen pienen kunnan kulttuuribudjetilla ammattiesiintyjiä ei ole voinut tuoda "
            "syrjäkyliin, koska matka- ja majoituskulut nousevat suuriksi."
        ),
        "how_it_works": (
            "Kunnat valitsevat joka vuosi yhdessä 2–3 kiertävää esitystä, esimerkiksi pienen "
            "kokoonpanon konsertin, monologin tai lastenteatteriesityksen. Esiintyjä kiertää viikon "
            "aikana 8–12 kylätaloa kaikissa neljässä kunnassa, jolloin matkakulut jakautuvat monen "
            "esityksen kesken.\n\n"
            "Kyläyhdistykset vastaavat tilasta, kahvituksesta ja paikallisesta tiedotuksesta. Kunnat "
            "hoitavat sopimukset, esiintyjäpalkkiot ja yhteisen markkinoinnin. Kylille, joista "
            "tarvitaan kuljetus, järjestetään kyytirinki."
        ),
        "resources": (
            "Yhteinen budjetti on noin 18 000 euroa vuodessa, ja kukin kunta maksaa asukaslukuunsa "
            "suhteutetun osuuden. Käynnistysvaiheessa toiminta sai Lapin liiton kautta alueellista "
            "kehittämisrahoitusta. Kyläyhdistysten talkootyö on merkittävä panos, jota ei voi mitata "
            "rahassa."
        ),
        "results": (
            "Kiertueilla on vuosittain 40–50 esitystä ja yhteensä noin 1 500 katsojaa. Monessa "
            "kylässä esitys on vuoden ainoa ammattitaiteilijan vierailu. Kyläyhdistysten palautteen "
            "mukaan kiertue on lisännyt myös kylien omaa tapahtumatoimintaa."
        ),
        "adoption": (
            "Malli sopii kunnille, joissa välimatkat ovat pitkiä ja omia esitystiloja on vähän. "
            "Sopikaa kustannustenjaosta ja vastuuhenkilöistä vuodeksi kerrallaan, ja antakaa "
            "sopimukset yhden kunnan hoidettaviksi. Kysykää kyläyhdistyksiltä, millaisia esityksiä ne "
            "toivovat, ja jättäkää aikatauluun väljyyttä sään varalle."
        ),
        "lessons_learned": (
            "Esiintyjän kannattaa majoittua kylissä, sillä esityksen jälkeiset kohtaamiset ovat "
            "monelle yhtä tärkeitä kuin itse esitys. Kiertue tehostuu, kun samassa kylässä on päivällä "
            "lastenesitys koululla ja illalla aikuisten esitys. Paikallinen tiedotus toimii parhaiten "
            "kyläyhdistysten omissa kanavissa ja kaupan ilmoitustaululla."
        ),
        "what_did_not_work": (
            "Verkkolipunmyynti ei toiminut, sillä useimmat katsojat haluavat maksaa ovella eivätkä "
            "sitoutua etukäteen. Talvikuukausien kiertueet jouduttiin siirtämään syksyyn ja "
            "kevääseen keliolojen vuoksi."
        ),
        "municipalities": ["320", "583", "742", "732"],
        "adopted_in": [],
        "scope": "joint",
        "themes": ["accessibility", "cooperation", "vitality"],
        "target_groups": ["villages-sparse", "older-people", "children"],
        "art_forms": ["music", "theatre"],
        "partner_sectors": ["municipality", "other-municipalities", "associations", "regional-council"],
        "teaviisari_dimensions": ["resources", "common-practices"],
        "culture_act_tasks": ["equal-access", "professional-art"],
        "tags": ["kylätalot", "kiertue", "harvaan asuttu alue", "seutuyhteistyö"],
        "start_year": 2018,
        "end_year": None,
        "status": "active",
        "reach": 1500,
        "evidence_level": "described",
        "cost_level": "medium",
        "contacts": [
            {
                "name": "Pirjo Lehtola",
                "title": "vapaa-aikasihteeri",
                "organisation": "Kemijärven kaupunki",
                "email": "pirjo.lehtola@example.fi",
                "phone": "+358 40 000 0008",
                "publish_consent": True,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/ita-lappi/kylatalokiertue",
                "title": "Kiertueen aikataulut ja kylätalot",
            },
        ],
        "review": {
            "last_reviewed": "2025-09-18",
            "interval_months": 12,
            "owner_email": "pirjo.lehtola@example.fi",
        },
        "related": [
            "sastamalan-yhdistysten-yhteistyoillat",
            "narpion-kulttuurikaruselli",
            "puumalan-kesateatteri",
        ],
    },
    {
        "slug": "espoon-kulttuuripolku",
        "title": "Kulttuuripolku varhaiskasvatuksesta yläkouluun",
        "summary": (
            "Kulttuuripolku varmistaa, että jokainen espoolainen lapsi ja nuori tutustuu joka vuosi "
            "vähintään yhteen taide- tai kulttuurikohteeseen. Polku on kirjattu "
            "kulttuurikasvatussuunnitelmaan."
        ),
        "background": (
            "Espoolaisten lasten ja nuorten mahdollisuudet kokea taidetta vaihtelivat paljon koulun, "
            "opettajan ja perheen mukaan. Osa luokista kävi museoissa ja teatterissa usein, osa ei "
            "lainkaan.\n\n"
            "Kulttuuritoimintalain tavoite yhdenvertaisesta saatavuudesta ja opetussuunnitelman "
            "laaja-alaisen osaamisen tavoitteet haluttiin yhdistää suunnitelmalliseksi kokonaisuudeksi."
        ),
        "how_it_works": (
            "Kulttuurikasvatussuunnitelmassa jokaiselle ikäryhmälle on määritelty oma kohde: "
            "esimerkiksi esikoululaiset käyvät kirjastossa ja kuudesluokkalaiset kaupunginmuseossa. "
            "Kohteet tarjoavat ikäryhmälle räätälöidyn työpajan tai opastuksen, ja opettaja varaa "
            "käynnin yhteisestä verkkokalenterista.\n\n"
            "Kuljetukset järjestetään keskitetysti, jottei etäisyys estä osallistumista. Jokaisessa "
            "koulussa on nimetty kulttuuriyhdysopettaja, joka saa koulutusta ja tietoa kohteista. "
            "Kulttuuripalvelut sekä kasvatus ja opetus seuraavat käyntejä lukuvuosittain."
        ),
        "resources": (
            "Polku maksaa noin 250 000 euroa vuodessa. Kustannukset koostuvat pääosin kuljetuksista "
            "ja kohteiden pedagogisista palveluista. Rahoitus jaetaan kulttuurin sekä kasvatuksen ja "
            "opetuksen toimialojen kesken. Polun koordinointi on osa kahden kulttuurituottajan työtä."
        ),
        "results": (
            "Lukuvuonna 2024–2025 polun käyntejä oli noin 38 000, ja yli 90 % luokista teki oman "
            "ikäryhmänsä käynnin. Opettajakyselyn mukaan polku on helpottanut kulttuurikäyntien "
            "järjestämistä ja tasoittanut koulujen välisiä eroja. Seurantatiedot raportoidaan "
            "vuosittain lautakunnille."
        ),
        "adoption": (
            "Aloittakaa pienesti: ensimmäiseksi vuodeksi riittää yksi ikäryhmä ja yksi kohde. "
            "Tärkeintä on kirjata polku opetussuunnitelmaan tai kulttuurikasvatussuunnitelmaan, jottei "
            "se jää yksittäisten opettajien innostuksen varaan.\n\n"
            "Pienessä kunnassa kohteina voivat olla kirjasto, kotiseutumuseo, paikallinen taiteilija "
            "tai naapurikunnan teatteri."
        ),
        "lessons_learned": (
            "Kuljetusten keskittäminen oli ratkaisevaa: ennen sitä kuljetuskustannukset estivät "
            "etenkin reuna-alueiden koulujen käynnit. Kulttuuriyhdysopettajien verkosto tekee "
            "polusta koulujen omaa toimintaa. Kohteiden kanssa kannattaa sopia sisällöistä "
            "pitkäjänteisesti, jotta ne voivat kehittää työpajojaan."
        ),
        "what_did_not_work": (
            "Alkuvuosina kokeiltu malli, jossa jokainen koulu sai valita kohteensa vapaasti, johti "
            "taas eriarvoisuuteen. Ruotsinkielisten koulujen tarpeet otettiin aluksi huomioon "
            "puutteellisesti, ja ruotsinkielisiä työpajoja on lisätty vasta myöhemmin."
        ),
        "municipalities": ["049"],
        "adopted_in": ["257", "092"],
        "scope": "local",
        "themes": ["cultural-education", "accessibility", "cooperation"],
        "target_groups": ["children", "young-people", "infants-families"],
        "art_forms": ["multi-arts", "cultural-heritage", "libraries", "theatre"],
        "partner_sectors": ["municipality", "educational-institutions", "associations"],
        "teaviisari_dimensions": ["commitment", "common-practices", "monitoring"],
        "culture_act_tasks": ["arts-education", "equal-access"],
        "tags": ["kulttuuripolku", "kulttuurikasvatussuunnitelma", "koulut", "varhaiskasvatus"],
        "start_year": 2015,
        "end_year": None,
        "status": "active",
        "reach": 38000,
        "evidence_level": "evaluated",
        "cost_level": "large",
        "contacts": [
            {
                "name": "Katariina Salmela",
                "title": "kulttuurikasvatuksen suunnittelija",
                "organisation": "Espoon kaupunki, kulttuuripalvelut",
                "email": "katariina.salmela@example.fi",
                "phone": "+358 40 000 0009",
                "publish_consent": True,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/espoo/kulttuurikasvatussuunnitelma",
                "title": "Espoon kulttuurikasvatussuunnitelma",
            },
        ],
        "review": {
            "last_reviewed": "2026-05-05",
            "interval_months": 12,
            "owner_email": "katariina.salmela@example.fi",
        },
        "related": ["narpion-kulttuurikaruselli", "seinajoen-nuorten-kulttuuriraati"],
    },
    {
        "slug": "jyvaskylan-tilapankki",
        "title": "Tilapankki – edulliset tilat harrastamiseen, harjoitteluun ja esityksiin",
        "summary": (
            "Jyväskylän tilapankkiin kaupunki, yhdistykset, seurakunta ja yritykset voivat ilmoittaa "
            "tilojaan kulttuuritoimijoiden käyttöön. Palvelu muistuttaa tilojen omistajia "
            "päivittämään tietonsa puolen vuoden välein."
        ),
        "background": (
            "Taiteilijat, harrastajaryhmät ja yhdistykset kertoivat toistuvasti, ettei edullisia "
            "harjoittelu- ja esitystiloja löydy, vaikka kaupungissa on paljon vajaakäyttöisiä tiloja. "
            "Tieto tiloista oli hajallaan eri hallinnonalojen varausjärjestelmissä, yhdistysten "
            "sivuilla ja ihmisten muistissa.\n\n"
            "Sama toive on noussut esiin muissakin kaupungeissa, esimerkiksi Lahden "
            "kulttuurihyvinvointityöpajassa."
        ),
        "how_it_works": (
            "Tilapankki on kaupungin verkkosivuilla toimiva hakupalvelu. Tiloja voi hakea "
            "käyttötarkoituksen, koon, esteettömyyden, hinnan ja sijainnin mukaan. Tilojen omistajat "
            "ylläpitävät itse omia tietojaan, ja palvelu lähettää heille muistutuksen puolen vuoden "
            "välein. Jos tietoja ei päivitetä, tila piilotetaan hauista, kunnes tiedot on "
            "tarkistettu.\n\n"
            "Kaupungin koulujen, nuorisotalojen ja kirjastojen tilat ovat kulttuuritoimijoiden "
            "käytössä alennettuun hintaan iltaisin ja viikonloppuisin. Kulttuuripalveluiden "
            "tilakoordinaattori neuvoo sekä tilojen tarjoajia että etsijöitä."
        ),
        "resources": (
            "Verkkopalvelun rakentaminen maksoi noin 40 000 euroa, ja ylläpito maksaa noin 5 000 "
            "euroa vuodessa. Tilakoordinaattori käyttää tilapankkiin noin 30 % työajastaan. "
            "Alennetuista vuokrista johtuva tulonmenetys katetaan kulttuuripalveluiden "
            "talousarviosta."
        ),
        "results": (
            "Tilapankissa on 140 tilaa, joista noin kolmannes on yhdistysten, seurakunnan tai "
            "yritysten. Vuonna 2025 tilapankin kautta löydettyihin tiloihin tehtiin noin 2 600 "
            "varausta. Käyttäjäkyselyn mukaan tilojen löytäminen on helpottunut, mutta edullisia "
            "esitystiloja on yhä liian vähän."
        ),
        "adoption": (
            "Aloittakaa kunnan omista tiloista, ja sopikaa kulttuuritoimijoiden hinnoittelusta ennen "
            "kuin rakennatte teknistä palvelua. Pienessä kunnassa voi riittää yksinkertainen, "
            "säännöllisesti päivitetty taulukko kunnan verkkosivuilla.\n\n"
            "Tärkein yksittäinen ominaisuus on päivitysmuistutus, sillä vanhentunut tieto vie "
            "luottamuksen palveluun."
        ),
        "lessons_learned": (
            "Tilojen omistajat sitoutuvat ylläpitoon, kun päivittäminen vie vain pari minuuttia. "
            "Esteettömyystiedot kannattaa kuvata tarkasti, sillä monelle käyttäjälle ne ovat "
            "ratkaiseva hakuehto. Yhdistysten ja seurakunnan tilat tekevät palvelusta selvästi "
            "kiinnostavamman kuin pelkät kaupungin tilat."
        ),
        "what_did_not_work": (
            "Ensimmäisessä versiossa tilat piti varata tilapankin kautta. Se ei sopinut yhdistyksille, "
            "joilla oli jo omat varauskäytäntönsä. Nykyisin tilapankki on pelkkä hakupalvelu, ja "
            "tila varataan omistajan omalla tavalla."
        ),
        "municipalities": ["179"],
        "adopted_in": ["410"],
        "scope": "local",
        "themes": ["spaces", "accessibility", "knowledge-base"],
        "target_groups": ["all-residents", "young-people", "working-age"],
        "art_forms": ["multi-arts", "music", "dance", "theatre"],
        "partner_sectors": ["municipality", "associations", "parishes", "companies"],
        "teaviisari_dimensions": ["resources", "common-practices"],
        "culture_act_tasks": ["professional-art", "amateur-civic"],
        "tags": ["tilat", "tilapankki", "verkkopalvelu", "vapaa kenttä"],
        "start_year": 2021,
        "end_year": None,
        "status": "active",
        "reach": 2600,
        "evidence_level": "evaluated",
        "cost_level": "medium",
        "contacts": [
            {
                "name": "Ville Kärkkäinen",
                "title": "tilakoordinaattori",
                "organisation": "Jyväskylän kaupunki, kulttuuripalvelut",
                "email": "ville.karkkainen@example.fi",
                "phone": "+358 40 000 0010",
                "publish_consent": True,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/jyvaskyla/tilapankki",
                "title": "Jyväskylän tilapankki",
            },
        ],
        "review": {
            "last_reviewed": "2026-04-08",
            "interval_months": 12,
            "owner_email": "ville.karkkainen@example.fi",
        },
        "related": ["lahden-kulttuurihyvinvointisuunnitelma"],
    },
    {
        "slug": "narpion-kulttuurikaruselli",
        "title": "Kulttuurikaruselli kyläkouluille",
        "summary": (
            "Närpiön kulttuurikaruselli tuo taiteilijat ja kulttuuriperinnön työpajat kyläkouluihin, "
            "jolloin jokainen oppilas osallistuu lukuvuoden aikana kolmeen työpajaan. Toiminta on "
            "ruotsinkielistä ja tehdään yhdessä paikallisten yhdistysten kanssa."
        ),
        "background": (
            "Närpiössä on useita pieniä ruotsinkielisiä kyläkouluja, joista on pitkä matka keskustan "
            "ja Vaasan kulttuuritarjontaan. Koulujen omat määrärahat kulttuurikäynteihin olivat "
            "vähäiset, ja kuljetukset veivät niistä suuren osan.\n\n"
            "Kylissä on kuitenkin vahvaa paikallista kulttuuriperintöä, kuten oma murre, "
            "käsityöperinne ja kotiseutuyhdistysten kokoelmat."
        ),
        "how_it_works": (
            "Lukuvuosi jaetaan kolmeen jaksoon. Kussakin jaksossa yksi taiteilija tai "
            "kulttuuriperintötoimija kiertää kaikki kyläkoulut ja viipyy kussakin kaksi tai kolme "
            "päivää. Oppilaat eivät matkusta, vaan karuselli tulee kouluun. Työpajojen aiheina on "
            "ollut esimerkiksi sarjakuva, kansantanssi, kasvihuoneviljelyn historia ja paikallinen "
            "murre sanataiteen keinoin.\n\n"
            "Kotiseutuyhdistykset avaavat kokoelmiaan ja tuovat mukaan kertojia. Lukuvuoden lopuksi "
            "oppilaiden töistä kootaan näyttely kirjastoon."
        ),
        "resources": (
            "Taiteilijapalkkiot ja materiaalit maksavat noin 12 000 euroa lukuvuodessa. Rahoitus "
            "tulee kaupungin sivistystoimesta ja osin säätiöiden avustuksista. Koordinointi kuuluu "
            "kulttuurisihteerin tehtäviin."
        ),
        "results": (
            "Karuselli tavoittaa vuosittain noin 450 oppilasta kuudessa koulussa. Opettajilta ja "
            "oppilailta kerätään palaute jokaisen jakson jälkeen, ja yli 80 % oppilaista on "
            "arvioinut työpajat hyviksi tai erinomaisiksi. Useampi yhdistys on saanut karusellin "
            "kautta uusia nuoria jäseniä."
        ),
        "adoption": (
            "Malli sopii kunnille, joissa on useita pieniä kouluja ja pitkät välimatkat. Sopikaa "
            "aikatauluista koulujen kanssa jo edellisenä keväänä, ja valitkaa taiteilijoita, jotka "
            "pystyvät sovittamaan työpajan erikokoisille ryhmille. Paikalliset yhdistykset kannattaa "
            "pyytää mukaan jo suunnitteluvaiheessa."
        ),
        "lessons_learned": (
            "Kun taiteilija tulee kouluun, koko koulu voi osallistua ja kuljetuskulut säästyvät. "
            "Paikallinen kulttuuriperintö innostaa oppilaita, kun se yhdistetään nykytaiteen "
            "menetelmiin. Kaksikielisessä kunnassa kannattaa sopia, että sama sisältö on tarjolla myös "
            "suomenkielisille oppilaille."
        ),
        "what_did_not_work": (
            "Aluksi kokeiltiin yhden päivän työpajoja, mutta ne jäivät liian pinnallisiksi. Nykyisin "
            "taiteilija viipyy samassa koulussa kaksi tai kolme päivää."
        ),
        "municipalities": ["545"],
        "adopted_in": ["287", "231"],
        "scope": "local",
        "themes": ["cultural-education", "accessibility", "vitality"],
        "target_groups": ["children", "villages-sparse"],
        "art_forms": ["cultural-heritage", "visual-arts", "dance", "literary-arts"],
        "partner_sectors": ["municipality", "educational-institutions", "associations"],
        "teaviisari_dimensions": ["common-practices", "resources"],
        "culture_act_tasks": ["arts-education", "heritage-local-culture"],
        "tags": ["kyläkoulut", "työpajat", "ruotsinkielinen", "kulttuuriperintö"],
        "start_year": 2019,
        "end_year": None,
        "status": "active",
        "reach": 450,
        "evidence_level": "evaluated",
        "cost_level": "small",
        "contacts": [
            {
                "name": "Camilla Backlund",
                "title": "kulttuurisihteeri",
                "organisation": "Närpiön kaupunki, sivistystoimi",
                "email": "camilla.backlund@example.fi",
                "phone": "+358 40 000 0011",
                "publish_consent": True,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/narpes/kulturkarusellen",
                "title": "Kulturkarusellen (ruotsiksi)",
            },
        ],
        "review": {
            "last_reviewed": "2025-11-10",
            "interval_months": 12,
            "owner_email": "camilla.backlund@example.fi",
        },
        "related": ["espoon-kulttuuripolku", "ita-lapin-kylatalojen-kulttuurikiertue"],
    },
    {
        "slug": "hoivakotien-taiteilijaresidenssi-pietarsaaren-seutu",
        "title": "Taiteilijaresidenssi hoivakodeissa Pietarsaaren seudulla",
        "summary": (
            "Neljä pohjalaista kuntaa tuo yhdessä hyvinvointialueen kanssa ammattitaiteilijan "
            "kahdeksan viikon residenssiin hoivakotiin. Taiteilija työskentelee asukkaiden, omaisten "
            "ja henkilökunnan kanssa, ja jakso päättyy yhteiseen esitykseen tai näyttelyyn."
        ),
        "background": (
            "Hoivakotien asukkaiden arjessa kulttuuri oli satunnaisia vierailuesityksiä, joissa "
            "asukkaat olivat yleisönä. Henkilökunta toivoi toimintaa, johon myös muistisairaat ja "
            "vuoteenomat asukkaat voisivat osallistua omilla ehdoillaan.\n\n"
            "Seudun kunnat ovat kaksikielisiä, ja suurin osa asukkaista puhuu ruotsia, joten "
            "toiminnan piti onnistua kummallakin kielellä."
        ),
        "how_it_works": (
            "Kunnat valitsevat avoimella haulla vuosittain neljä taiteilijaa. Kukin työskentelee "
            "kahdeksan viikkoa yhdessä hoivakodissa kolmena päivänä viikossa. Taiteilija tutustuu "
            "ensin asukkaisiin ja talon arkeen, ja työskentelyn sisältö rakentuu asukkaiden muistoista, "
            "toiveista ja aistikokemuksista.\n\n"
            "Henkilökunnasta nimetään kulttuuriyhdyshenkilö, joka osallistuu työskentelyyn ja jatkaa "
            "menetelmien käyttöä residenssin jälkeen. Jakso päättyy avoimeen tilaisuuteen, johon "
            "kutsutaan omaiset ja lähialueen asukkaat."
        ),
        "resources": (
            "Taiteilijan palkkio on 4 000 euroa jaksolta, ja materiaaleihin varataan 500 euroa. "
            "Vuosibudjetti on noin 20 000 euroa, ja neljä kuntaa jakavat sen asukasluvun mukaan. "
            "Pohjanmaan hyvinvointialue osallistuu henkilökunnan työajalla."
        ),
        "results": (
            "Vuodesta 2021 lähtien residenssejä on toteutettu 18 hoivakodissa, ja niihin on "
            "osallistunut noin 500 asukasta. Ammattikorkeakoulun opinnäytetyönä tehdyssä "
            "arvioinnissa henkilökunta havaitsi asukkaiden vuorovaikutuksen ja vireyden lisääntyneen "
            "residenssin aikana.\n\n"
            "Monessa hoivakodissa taiteilijan opettamat menetelmät, kuten musiikkihetket ja "
            "muistelupiirit, ovat jääneet pysyviksi."
        ),
        "adoption": (
            "Sopikaa hoivakotien kanssa etukäteen, mitä residenssi edellyttää talolta: tilan, "
            "yhdyshenkilön ja henkilökunnan aikaa. Valitkaa taiteilijoita, joilla on kokemusta "
            "yhteisöllisestä työskentelystä, tai tarjotkaa heille perehdytys. Naapurikuntien yhteinen "
            "haku houkuttelee enemmän hakijoita ja jakaa hallinnollisen työn."
        ),
        "lessons_learned": (
            "Kahdeksassa viikossa ehtii syntyä luottamus; lyhyemmät jaksot jäivät irrallisiksi. "
            "Henkilökunnan osallistuminen ratkaisee, jääkö residenssistä pysyvä jälki. "
            "Kaksikielisyys ei ollut este, kun taiteilijat saivat käyttää kumpaakin kieltä ja paljon "
            "sanattomia menetelmiä."
        ),
        "what_did_not_work": (
            "Yhdessä hoivakodissa residenssi osui kesälomakaudelle, eikä yhteistyö sijaisten kanssa "
            "onnistunut. Residenssit sijoitetaan nykyisin syys- ja kevätkaudelle."
        ),
        "municipalities": ["599", "598", "440", "893"],
        "adopted_in": ["499"],
        "scope": "joint",
        "themes": ["cultural-wellbeing", "cooperation", "accessibility"],
        "target_groups": ["care-home-residents", "older-people"],
        "art_forms": ["multi-arts", "music", "visual-arts"],
        "partner_sectors": ["municipality", "other-municipalities", "wellbeing-county"],
        "teaviisari_dimensions": ["common-practices", "resources"],
        "culture_act_tasks": ["professional-art", "wellbeing-vitality"],
        "tags": ["hoivakodit", "taiteilijaresidenssi", "muistisairaudet", "kaksikielisyys"],
        "start_year": 2021,
        "end_year": None,
        "status": "active",
        "reach": 120,
        "evidence_level": "evaluated_externally",
        "cost_level": "medium",
        "contacts": [
            {
                "name": "Jonas Sandvik",
                "title": "kulttuuripäällikkö",
                "organisation": "Pedersören kunta",
                "email": "jonas.sandvik@example.fi",
                "phone": "+358 40 000 0012",
                "publish_consent": True,
            },
            {
                "name": "Ann-Sofie Nyqvist",
                "title": "hoivakodin kulttuuriyhdyshenkilö",
                "organisation": "Pohjanmaan hyvinvointialue",
                "email": "ann-sofie.nyqvist@example.fi",
                "phone": "+358 40 000 0013",
                "publish_consent": False,
            },
        ],
        "links": [],
        "review": {
            "last_reviewed": "2026-06-01",
            "interval_months": 12,
            "owner_email": "jonas.sandvik@example.fi",
        },
        "related": ["turun-kulttuuriluotsit"],
    },
    {
        "slug": "porvoon-kaksikielinen-lukupiiri",
        "title": "Kaksikielinen lukupiiri maahanmuuttajille kirjastossa",
        "summary": (
            "Porvoon kaupunginkirjaston lukupiiri kokoaa joka viikko suomea tai ruotsia opettelevia "
            "maahanmuuttajia lukemaan selkokirjoja yhdessä vapaaehtoisten kanssa. Osallistuja "
            "valitsee itse, kummalla kotimaisella kielellä hän lukee."
        ),
        "background": (
            "Porvoossa maahanmuuttaja joutuu usein miettimään, opetteleeko hän suomea vai ruotsia, "
            "ja kielikurssien jälkeen paikkoja puhumisen harjoitteluun on vähän. Kirjastossa "
            "huomattiin, että moni kotoutumiskoulutuksen päättänyt asioi kirjastossa yksin eikä "
            "tuntenut muita asiakkaita.\n\n"
            "Kirjasto halusi tarjota maksuttoman, säännöllisen ja rennon tavan käyttää kieltä ja "
            "tutustua suomalaiseen kirjallisuuteen."
        ),
        "how_it_works": (
            "Lukupiiri kokoontuu pääkirjastossa joka keskiviikkoilta puolitoista tuntia. Osallistujat "
            "istuvat kielen mukaan suomenkielisissä ja ruotsinkielisissä pöydissä, joissa luetaan "
            "ääneen selkokirjaa tai novellia ja keskustellaan siitä vapaaehtoisen vetäjän johdolla.\n\n"
            "Vetäjät ovat koulutettuja vapaaehtoisia, esimerkiksi eläkkeellä olevia opettajia. "
            "Kirjastonhoitaja valitsee kirjat, hankkii niitä piirin käyttöön useita kappaleita ja "
            "järjestää kerran lukukaudessa kirjailijavierailun."
        ),
        "resources": (
            "Kirjastonhoitajan työaikaa kuluu noin neljä tuntia viikossa. Selkokirjojen "
            "sarjahankintoihin käytetään noin 1 500 euroa vuodessa. Vapaaehtoisten koulutus "
            "järjestetään yhdessä paikallisen järjestön kanssa."
        ),
        "results": (
            "Piirissä käy viikoittain 15–25 osallistujaa yli kymmenestä kieliryhmästä, ja vuodessa "
            "eri osallistujia on noin 120. Palautteen mukaan rohkeus puhua on kasvanut ja kirjasto on "
            "tullut tutuksi. Osa osallistujista on löytänyt kirjaston muut tapahtumat, ja muutama on "
            "ryhtynyt itse vapaaehtoiseksi."
        ),
        "adoption": (
            "Tarvitset tilan, selkokirjoja useita kappaleita ja 2–4 sitoutunutta vapaaehtoista. "
            "Kaksikielisessä kunnassa kannattaa tarjota molempia kotimaisia kieliä alusta asti. "
            "Tehkää yhteistyötä kotoutumispalvelujen ja aikuisopiston kanssa, jotta tieto piiristä "
            "tavoittaa oikeat ihmiset."
        ),
        "lessons_learned": (
            "Pienet, pysyvät pöytäryhmät luovat turvallisuutta, ja ihmiset tulevat uudelleen tuttujen "
            "ihmisten takia. Lopun kahvi ja vapaa keskustelu ovat yhtä tärkeitä kuin lukeminen. "
            "Selkokirjat on hankittava sarjoina, koska yksi kappale ei riitä yhteiseen lukemiseen."
        ),
        "what_did_not_work": (
            "Lauantaiaamun lukupiiri ei tavoittanut ketään, koska monella osallistujalla on silloin "
            "työvuoro. Aluksi valitut kirjat olivat myös liian pitkiä; nykyisin luetaan lyhyitä "
            "tekstejä, jotka ehditään käsitellä yhdellä kerralla."
        ),
        "municipalities": ["638"],
        "adopted_in": ["407"],
        "scope": "local",
        "themes": ["participation", "accessibility", "cooperation"],
        "target_groups": ["immigrants", "working-age"],
        "art_forms": ["libraries", "literary-arts"],
        "partner_sectors": ["municipality", "associations", "educational-institutions"],
        "teaviisari_dimensions": ["participation", "other-core-functions"],
        "culture_act_tasks": ["interaction-international", "equal-access"],
        "tags": ["lukupiiri", "selkokieli", "kotoutuminen", "vapaaehtoiset", "kirjasto"],
        "start_year": 2017,
        "end_year": None,
        "status": "active",
        "reach": 120,
        "evidence_level": "described",
        "cost_level": "small",
        "contacts": [
            {
                "name": "Hanna Lindqvist",
                "title": "kirjastonhoitaja",
                "organisation": "Porvoon kaupunginkirjasto",
                "email": "hanna.lindqvist@example.fi",
                "phone": "+358 40 000 0014",
                "publish_consent": False,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/porvoo/kirjasto/lukupiiri",
                "title": "Lukupiiri – Läsecirkel – Reading circle",
            },
        ],
        "review": {
            "last_reviewed": "2025-08-27",
            "interval_months": 12,
            "owner_email": "kirjasto.lukupiiri@example.fi",
        },
        "related": ["turun-kulttuuriluotsit", "pielaveden-kylien-muistot"],
    },
    {
        "slug": "pielaveden-kylien-muistot",
        "title": "Kylien muistot talteen – paikallishistorian muistitietohanke",
        "summary": (
            "Pielaveden kirjasto ja kotiseutuyhdistys keräävät kyläläisten muistoja haastatteluin, "
            "valokuvin ja muistelukahviloin. Aineisto tallennetaan avoimeen verkkoarkistoon ja sitä "
            "käytetään koulujen paikallishistorian opetuksessa."
        ),
        "background": (
            "Monen Pielaveden kylän koulu ja kauppa on lakkautettu, ja vanhin sukupolvi on viimeinen, "
            "joka muistaa kylien elämän ennen 1970-lukua. Kotiseutuyhdistys oli huolissaan siitä, että "
            "valokuvat ja tarinat katoavat kuolinpesien mukana.\n\n"
            "Kirjasto halusi samalla tuoda ikäihmiset ja koululaiset yhteen."
        ),
        "how_it_works": (
            "Hanke etenee kylä kerrallaan. Kylätalolla järjestetään muistelukahvila, johon kyläläiset "
            "tuovat valokuvansa skannattaviksi ja kertovat niiden tarinat. Haastattelukoulutuksen "
            "saaneet 8.-luokkalaiset haastattelevat ikäihmisiä, ja haastattelut äänitetään.\n\n"
            "Kirjasto kuvailee aineiston ja tallentaa sen haastateltavien luvalla avoimeen "
            "verkkoarkistoon. Kunkin kylän kierros päättyy kylätalon näyttelyyn ja tarinailtaan."
        ),
        "resources": (
            "Käynnistysvaiheessa hanke sai kaksivuotisen valtionavustuksen, jolla palkattiin "
            "osa-aikainen koordinaattori. Nyt toiminta jatkuu kirjastonhoitajan työnä ja "
            "kotiseutuyhdistyksen vapaaehtoisvoimin. Skanneri ja äänitallentimet hankittiin "
            "kirjastolle, ja niitä lainataan myös kyläyhdistyksille."
        ),
        "results": (
            "Vuosina 2021–2025 aineistoa on kerätty yhdeksästä kylästä: noin 2 300 valokuvaa ja 85 "
            "haastattelua. Muistelukahviloihin on osallistunut yhteensä yli 600 kyläläistä. Koulu "
            "käyttää aineistoa paikallishistorian opetuksessa, ja sekä nuoret että vanhukset ovat "
            "kiittäneet kohtaamisia."
        ),
        "adoption": (
            "Aloittakaa yhdestä kylästä ja yhdestä aktiivisesta kyläyhdistyksestä. Sopikaa "
            "tekijänoikeuksista ja haastateltavien suostumuksista kirjallisesti jo ennen ensimmäistä "
            "tilaisuutta. Koululaisten haastattelukoulutus kannattaa tehdä yhdessä äidinkielen "
            "opettajan kanssa."
        ),
        "lessons_learned": (
            "Muistelukahvila, jossa valokuvat ovat esillä, saa ihmiset puhumaan paremmin kuin "
            "muodollinen haastattelu. Nuoret haastattelijat innostivat ikäihmisiä mukaan. Aineiston "
            "kuvailu vie yllättävän paljon aikaa, ja siihen on varattava resursseja."
        ),
        "what_did_not_work": (
            "Verkkoarkiston kommentointitoiminto, jonka avulla kuviin toivottiin henkilötunnistuksia, "
            "jäi vähälle käytölle. Tunnistukset saadaan nykyisin paremmin paperisilla listoilla "
            "kylätalon tilaisuuksissa."
        ),
        "municipalities": ["595"],
        "adopted_in": [],
        "scope": "local",
        "themes": ["participation", "vitality", "cooperation"],
        "target_groups": ["older-people", "young-people", "villages-sparse"],
        "art_forms": ["cultural-heritage", "libraries"],
        "partner_sectors": ["municipality", "associations", "educational-institutions"],
        "teaviisari_dimensions": ["participation", "other-core-functions"],
        "culture_act_tasks": ["heritage-local-culture", "amateur-civic"],
        "tags": ["muistitieto", "paikallishistoria", "kotiseutuyhdistys", "sukupolvet"],
        "start_year": 2021,
        "end_year": None,
        "status": "active",
        "reach": 150,
        "evidence_level": "described",
        "cost_level": "small",
        "contacts": [
            {
                "name": "Eeva Rissanen",
                "title": "kirjastotoimenjohtaja",
                "organisation": "Pielaveden kunta, kirjasto",
                "email": "eeva.rissanen@example.fi",
                "phone": "+358 40 000 0015",
                "publish_consent": True,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/pielavesi/kylien-muistot",
                "title": "Kylien muistot -verkkoarkisto",
            },
        ],
        "review": {
            "last_reviewed": "2026-02-03",
            "interval_months": 12,
            "owner_email": "eeva.rissanen@example.fi",
        },
        "related": ["sastamalan-yhdistysten-yhteistyoillat", "narpion-kulttuurikaruselli"],
    },
    {
        "slug": "seinajoen-nuorten-kulttuuriraati",
        "title": "Nuorten kulttuuriraati päättää omasta budjetistaan",
        "summary": (
            "Seinäjoen nuorten kulttuuriraatiin valitaan joka vuosi 12 nuorta, jotka päättävät "
            "15 000 euron budjetilla nuorille suunnatusta kulttuuritarjonnasta. Raati toimii yhdessä "
            "nuorisovaltuuston ja kulttuuripalveluiden kanssa."
        ),
        "background": (
            "Kaupungin nuorisokyselyissä 15–20-vuotiaat kokivat, että kulttuuritarjonta on suunnattu "
            "joko lapsille tai aikuisille. Nuorisovaltuusto esitti, että nuoret saisivat itse päättää "
            "osasta tarjontaa.\n\n"
            "Kulttuuripalvelut halusivat samalla kokeilla osallistuvaa budjetointia rajatulla summalla."
        ),
        "how_it_works": (
            "Raatiin haetaan syksyisin avoimella haulla, josta kerrotaan kouluissa ja somessa. "
            "Valinnassa painotetaan erilaisia taustoja ja asuinalueita. Raati kokoontuu kahdesti "
            "kuukaudessa nuorisotalolla kulttuurituottajan ja nuorisotyöntekijän tuella.\n\n"
            "Raati päättää budjetin käytöstä itse: se voi tilata esiintyjiä, järjestää tapahtumia tai "
            "myöntää pieniä avustuksia nuorten omille projekteille. Raatilaiset saavat pienen "
            "kokouspalkkion ja todistuksen, jonka voi liittää opintoihin."
        ),
        "resources": (
            "Ohjelmabudjetti on 15 000 euroa vuodessa. Kokouspalkkioihin ja tarjoiluihin kuluu noin "
            "3 000 euroa. Kulttuurituottaja ja nuorisotyöntekijä käyttävät raatiin kumpikin noin "
            "viidenneksen työajastaan."
        ),
        "results": (
            "Raati on järjestänyt vuosittain 8–12 tapahtumaa, kuten katutanssileirin, nuorten "
            "bändi-iltoja ja kaupunkitaideteoksen, ja myöntänyt noin 20 pienavustusta. Tapahtumiin "
            "osallistuu vuodessa noin 2 000 nuorta.\n\n"
            "Raatilaisille tehdyn kyselyn mukaan kokemus on lisännyt heidän kiinnostustaan vaikuttaa "
            "kunnan asioihin."
        ),
        "adoption": (
            "Rajatkaa budjetti ja päätösvalta selvästi etukäteen ja pitäkää niistä kiinni: nuorten on "
            "voitava luottaa siihen, että heidän päätöksensä toteutetaan. Aikuisten tehtävä on tukea "
            "hankinnoissa, sopimuksissa ja turvallisuudessa, ei ohjata sisältöjä. Yhteistyö "
            "nuorisovaltuuston kanssa antaa raadille painoarvoa."
        ),
        "lessons_learned": (
            "Nuorten päätökset ovat usein rohkeampia ja edullisempia kuin aikuisten suunnittelemat "
            "tapahtumat. Raatilaisten vaihtuminen vuosittain vaatii hyvää perehdytystä, mutta tuo "
            "jatkuvasti uusia näkökulmia. Kokouspalkkio ja todistus ovat parantaneet sitoutumista "
            "selvästi."
        ),
        "what_did_not_work": (
            "Ensimmäisenä vuonna raati kokoontui kaupungintalolla virka-aikaan, mikä karsi "
            "osallistujia. Kaupungin hankintasääntöjen selittäminen nuorille vei myös enemmän aikaa "
            "kuin oli varattu."
        ),
        "municipalities": ["743"],
        "adopted_in": ["005", "301"],
        "scope": "local",
        "themes": ["participation", "local-democracy", "cultural-education"],
        "target_groups": ["young-people"],
        "art_forms": ["multi-arts", "music", "dance", "visual-arts"],
        "partner_sectors": ["municipality", "educational-institutions", "informal-groups"],
        "teaviisari_dimensions": ["participation", "resources"],
        "culture_act_tasks": ["amateur-civic", "arts-education"],
        "tags": ["nuorten kulttuuriraati", "osallistuva budjetointi", "nuorisovaltuusto"],
        "start_year": 2020,
        "end_year": None,
        "status": "active",
        "reach": 2000,
        "evidence_level": "evaluated",
        "cost_level": "medium",
        "contacts": [
            {
                "name": "Antti Hautala",
                "title": "kulttuurituottaja",
                "organisation": "Seinäjoen kaupunki, kulttuuripalvelut",
                "email": "antti.hautala@example.fi",
                "phone": "+358 40 000 0016",
                "publish_consent": True,
            },
        ],
        "links": [],
        "review": {
            "last_reviewed": "2025-11-25",
            "interval_months": 12,
            "owner_email": "antti.hautala@example.fi",
        },
        "related": ["kouvolan-osallistuva-kulttuuribudjetti", "espoon-kulttuuripolku"],
    },
    {
        "slug": "puumalan-kesateatteri",
        "title": "Kesäteatteri ammattilaisten ja harrastajien yhteistuotantona",
        "summary": (
            "Puumalan kunta, nuorisoseura ja vapaan kentän teatterintekijät tekevät joka kesä yhteisen "
            "kesäteatteriesityksen. Ammattilaiset ohjaavat ja suunnittelevat, paikalliset harrastajat "
            "näyttelevät ja talkoolaiset pyörittävät tapahtumaa."
        ),
        "background": (
            "Puumalan asukasluku moninkertaistuu kesäisin mökkiläisten myötä, mutta kesäteatterin "
            "harrastajaporukka oli ikääntynyt ja esityksiä oli jo harkittu lopetettavaksi. Samaan "
            "aikaan kunnassa kesiään viettävät teatterialan ammattilaiset olisivat halunneet tehdä "
            "töitä paikallisesti, mutta rahoitusta ei ollut.\n\n"
            "Kunta halusi elävöittää kesää ja tarjota ammattitaiteilijoille työtä."
        ),
        "how_it_works": (
            "Kunta ja nuorisoseura tekevät kolmivuotisen kumppanuussopimuksen, jossa sovitaan tilojen "
            "käytöstä ja kunnan avustuksesta. Nuorisoseura palkkaa ohjaajan ja lavastajan vapaalta "
            "kentältä. Roolit jaetaan avoimissa koe-esiintymisissä, joihin myös kesäasukkaat voivat "
            "osallistua.\n\n"
            "Harjoitukset alkavat toukokuussa, ja heinäkuussa esityksiä on 12–15. Esitysten ohessa "
            "ammattilaiset vetävät lapsille teatterileirin."
        ),
        "resources": (
            "Kunnan avustus on 8 000 euroa vuodessa, ja lisäksi kunta antaa seuraintalon käyttöön "
            "maksutta. Lipputulot kattavat noin puolet kuluista, ja loput tulevat yritysten tuesta ja "
            "säätiöiden avustuksista. Ammattilaisten palkkiot ovat budjetin suurin erä."
        ),
        "results": (
            "Esityksillä on vuosittain 1 800–2 300 katsojaa, mikä on kunnan kokoon nähden paljon. "
            "Joka kesä mukana on 20–30 harrastajaa, joista kolmannes on nuoria. Vapaan kentän "
            "ammattilaisille esitys tarjoaa joka kesä 3–4 kuukauden työn."
        ),
        "adoption": (
            "Kesäasukaskunnissa kannattaa selvittää, millaisia taiteen ammattilaisia kunnassa on "
            "kesäisin. Kolmivuotinen sopimus antaa yhdistykselle mahdollisuuden suunnitella ja hakea "
            "muuta rahoitusta. Sopikaa selkeästi ammattilaisten ja vapaaehtoisten työnjaosta, ja "
            "maksakaa ammattilaisille asianmukaiset palkkiot."
        ),
        "lessons_learned": (
            "Ammattilaiset nostivat esitysten tasoa ja toivat uutta yleisöä, mutta harrastajien "
            "paikallistuntemus on yhtä tärkeää. Kesäasukkaat lähtevät innolla mukaan, kun heitä "
            "pyydetään. Lasten teatterileiri on kasvattanut uusia harrastajia tuleviksi vuosiksi."
        ),
        "what_did_not_work": (
            "Sateisina kesinä ulkonäyttämön esityksiä jouduttiin perumaan, mikä näkyi taloudessa. "
            "Nykyisin katsomo on katettu, ja budjetissa on varaus peruutuksille."
        ),
        "municipalities": ["623"],
        "adopted_in": [],
        "scope": "local",
        "themes": ["vitality", "cooperation", "participation"],
        "target_groups": ["all-residents", "children"],
        "art_forms": ["theatre"],
        "partner_sectors": ["municipality", "associations", "informal-groups", "companies"],
        "teaviisari_dimensions": ["resources", "common-practices"],
        "culture_act_tasks": ["professional-art", "amateur-civic"],
        "tags": ["kesäteatteri", "vapaa kenttä", "kesäasukkaat", "nuorisoseura"],
        "start_year": 2018,
        "end_year": None,
        "status": "active",
        "reach": 2300,
        "evidence_level": "described",
        "cost_level": "small",
        "contacts": [
            {
                "name": "Riitta Pulkkinen",
                "title": "vapaa-aikasihteeri",
                "organisation": "Puumalan kunta",
                "email": "riitta.pulkkinen@example.fi",
                "phone": "+358 40 000 0017",
                "publish_consent": True,
            },
        ],
        "links": [],
        "review": {
            "last_reviewed": "2025-09-01",
            "interval_months": 12,
            "owner_email": "riitta.pulkkinen@example.fi",
        },
        "related": ["ita-lapin-kylatalojen-kulttuurikiertue"],
    },
    {
        "slug": "kouvolan-osallistuva-kulttuuribudjetti",
        "title": "Osallistuva budjetointi kulttuuripalveluissa",
        "summary": (
            "Kouvola varasi kahtena vuonna 60 000 euroa kulttuuritoimintaan, jonka asukkaat itse "
            "ideoivat ja äänestivät. Kokeilu päättyi vuonna 2023, ja sen opit on viety kaupungin "
            "yleiseen osallistuvan budjetoinnin malliin."
        ),
        "background": (
            "Kouvola on laaja kaupunki, jonka entisten kuntakeskusten ja kylien asukkaat kokivat "
            "kulttuuripalvelujen keskittyvän keskustaan. Kulttuuristrategiaa valmisteltaessa asukkaat "
            "toivoivat enemmän vaikutusmahdollisuuksia.\n\n"
            "Kaupunki päätti kokeilla osallistuvaa budjetointia ensin kulttuuripalveluissa."
        ),
        "how_it_works": (
            "Asukkaat, yhdistykset ja vapaat ryhmät jättivät ideoita verkossa ja kirjastojen "
            "ideatyöpajoissa. Kulttuuripalvelut arvioivat ideoiden toteutettavuuden ja kustannukset "
            "yhdessä ehdottajien kanssa.\n\n"
            "Toteuttamiskelpoisista ideoista äänestettiin verkossa ja kirjastoissa paperilomakkeella, "
            "ja äänestää sai 12 vuotta täyttänyt. Eniten ääniä saaneet ideat toteutettiin seuraavana "
            "vuonna kaupungin ja ehdottajien yhteistyönä."
        ),
        "resources": (
            "Ideoiden toteuttamiseen oli varattu 60 000 euroa vuodessa vuosina 2022–2023. "
            "Verkkoalustaan, viestintään ja työpajoihin kului lisäksi noin 10 000 euroa vuodessa. "
            "Kaksi kulttuuripalveluiden työntekijää käytti kokeiluun noin kolmanneksen työajastaan."
        ),
        "results": (
            "Kahdella kierroksella ideoita tuli yhteensä 214, ja toteutettaviksi valittiin 27, muun "
            "muassa kyläjuhlia, muraaleja ja kirjastojen konserttisarja. Äänestykseen osallistui noin "
            "4 800 asukasta.\n\n"
            "Kaupungin tilaaman ulkopuolisen arvioinnin mukaan osallisuus kasvoi etenkin keskustan "
            "ulkopuolella, mutta toteutusten hallinnointi kuormitti henkilöstöä."
        ),
        "adoption": (
            "Rajatkaa teema ja budjetti selkeästi, ja varatkaa henkilöstöä myös toteutusvaiheeseen, ei "
            "vain ideointiin. Paperiäänestys kirjastoissa on tärkeä, jotta verkkoa käyttämättömät "
            "eivät jää ulkopuolelle. Kertokaa asukkaille avoimesti, miksi jotakin ideaa ei voida "
            "toteuttaa."
        ),
        "lessons_learned": (
            "Kylien ideatyöpajoista syntyi parempia ja toteuttamiskelpoisempia ideoita kuin pelkästä "
            "verkkolomakkeesta. Äänestyksessä menestyivät ideat, joiden takana oli aktiivinen yhdistys, "
            "mikä suosi valmiiksi järjestäytyneitä ryhmiä. Asukkaiden ja viranhaltijoiden yhteistyö "
            "vahvisti luottamusta puolin ja toisin."
        ),
        "what_did_not_work": (
            "Toteutusvaiheeseen ei ollut varattu tarpeeksi työaikaa, ja osa hankkeista viivästyi yli "
            "vuodella. Kilpailu äänistä asetti joissakin kylissä yhdistyksiä vastakkain, minkä vuoksi "
            "kaupungin yleisessä mallissa on nyt alueelliset kiintiöt."
        ),
        "municipalities": ["286"],
        "adopted_in": [],
        "scope": "local",
        "themes": ["local-democracy", "participation", "new-operating-models"],
        "target_groups": ["all-residents", "villages-sparse"],
        "art_forms": ["multi-arts"],
        "partner_sectors": ["municipality", "associations", "informal-groups"],
        "teaviisari_dimensions": ["participation", "management"],
        "culture_act_tasks": ["amateur-civic", "equal-access"],
        "tags": ["osallistuva budjetointi", "asukasäänestys", "kylät"],
        "start_year": 2022,
        "end_year": 2023,
        "status": "ended",
        "reach": 4800,
        "evidence_level": "evaluated_externally",
        "cost_level": "large",
        "contacts": [
            {
                "name": "Mikko Saarela",
                "title": "osallisuuskoordinaattori",
                "organisation": "Kouvolan kaupunki",
                "email": "mikko.saarela@example.fi",
                "phone": "+358 40 000 0018",
                "publish_consent": False,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/kouvola/osallistuva-budjetointi/arviointi.pdf",
                "title": "Osallistuvan kulttuuribudjetoinnin arviointiraportti",
            },
        ],
        "review": {
            "last_reviewed": "2025-06-30",
            "interval_months": 12,
            "owner_email": "mikko.saarela@example.fi",
        },
        "related": ["seinajoen-nuorten-kulttuuriraati"],
    },
    {
        "slug": "porin-kulttuuriavain",
        "title": "Kulttuuriavain – maksuttomat liput järjestöjen asiakkaille",
        "summary": (
            "Porin kulttuurilaitokset ja tapahtumajärjestäjät antavat osan lipuistaan järjestöille, "
            "jotka jakavat ne asiakkailleen. Näin taloudellisesti tiukoilla olevat pääsevät "
            "konsertteihin, teatteriin ja museoihin leimautumatta."
        ),
        "background": (
            "Järjestöjen työntekijät kertoivat, että pitkäaikaistyöttömät, mielenterveyskuntoutujat "
            "ja pienituloiset perheet jäivät kulttuuritarjonnan ulkopuolelle ennen kaikkea hinnan "
            "takia. Samaan aikaan monessa esityksessä jäi paikkoja tyhjiksi.\n\n"
            "Kaupunki halusi yhdistää nämä kaksi asiaa yksinkertaisella tavalla, joka toimii ilman "
            "paperisotaa."
        ),
        "how_it_works": (
            "Kulttuurilaitokset ja tapahtumajärjestäjät ilmoittavat vapaat lippunsa yhteiseen "
            "varausjärjestelmään, ja järjestöjen nimetyt yhteyshenkilöt varaavat niitä "
            "asiakkailleen. Asiakkaan ei tarvitse todistaa tulojaan, vaan järjestö arvioi tarpeen "
            "luottamuksen pohjalta.\n\n"
            "Lippu on tavallinen pääsylippu, joten kukaan ei tiedä sen tulleen kulttuuriavaimen "
            "kautta. Järjestöille pidetään vuosittain infotilaisuus, ja kulttuurilaitokset kutsuvat "
            "järjestöjen ohjaajia tutustumaan tarjontaansa."
        ),
        "resources": (
            "Järjestelmän ylläpito ja koordinointi vievät kulttuurisihteeriltä noin 15 % työajasta. "
            "Liput ovat kulttuuritoimijoiden lahjoitusta, joten suoria lippukuluja ei ole. "
            "Varausjärjestelmän vuosimaksu on noin 2 000 euroa."
        ),
        "results": (
            "Mukana on 25 kulttuuritoimijaa ja 40 järjestöä. Vuonna 2025 lippuja käytettiin noin "
            "3 500. Järjestöille tehdyssä kyselyssä yhdeksän vastaajaa kymmenestä kertoi, että "
            "kulttuuriavain on tavoittanut asiakkaita, jotka eivät muuten osallistuisi kulttuuriin."
        ),
        "adoption": (
            "Aloittakaa kunnan omista kulttuurilaitoksista ja laajentakaa sitten yksityisiin "
            "tapahtumajärjestäjiin. Järjestöjen yhteyshenkilöiden perehdytys on tärkeää, jotta liput "
            "päätyvät niitä tarvitseville. Pienessä kunnassa saman voi toteuttaa sähköpostilla ja "
            "yhteisellä taulukolla ilman erillistä järjestelmää."
        ),
        "lessons_learned": (
            "Luottamus järjestöjen arvioon toimii paremmin kuin tulorajat ja todistukset. Kun "
            "mukaan lähtee ohjaaja tai vertainen, lippujen käyttöaste nousee selvästi. "
            "Kulttuuritoimijat ovat pysyneet mukana, kun niille on raportoitu säännöllisesti lippujen "
            "käytöstä."
        ),
        "what_did_not_work": (
            "Alussa liput jaettiin vasta esityspäivänä, jolloin monen asiakkaan oli mahdotonta "
            "järjestää lastenhoitoa tai kyytiä. Nykyisin liput pyydetään ilmoittamaan vähintään "
            "viikkoa etukäteen."
        ),
        "municipalities": ["609"],
        "adopted_in": [],
        "scope": "local",
        "themes": ["accessibility", "cultural-wellbeing", "cooperation"],
        "target_groups": ["unemployed", "rehabilitation-clients", "infants-families"],
        "art_forms": ["music", "theatre", "visual-arts"],
        "partner_sectors": ["municipality", "associations", "companies"],
        "teaviisari_dimensions": ["other-core-functions", "common-practices"],
        "culture_act_tasks": ["equal-access", "wellbeing-vitality"],
        "tags": ["kulttuuriavain", "maksuttomat liput", "järjestöt", "yhdenvertaisuus"],
        "start_year": 2019,
        "end_year": None,
        "status": "active",
        "reach": 3500,
        "evidence_level": "evaluated",
        "cost_level": "small",
        "contacts": [
            {
                "name": "Satu Leino",
                "title": "kulttuurisihteeri",
                "organisation": "Porin kaupunki, kulttuuripalvelut",
                "email": "satu.leino@example.fi",
                "phone": "+358 40 000 0019",
                "publish_consent": True,
            },
        ],
        "links": [
            {
                "url": "https://www.example.fi/pori/kulttuuriavain",
                "title": "Kulttuuriavain järjestöille",
            },
        ],
        "review": {
            "last_reviewed": "2026-03-30",
            "interval_months": 12,
            "owner_email": "satu.leino@example.fi",
        },
        "related": ["turun-kulttuuriluotsit", "joensuun-taidelahete"],
    },
    {
        "slug": "rovaniemen-kulttuurihyvinvoinnin-tyoryhma",
        "title": "Poikkihallinnollinen kulttuurihyvinvoinnin työryhmä ja TEAviisari-seuranta",
        "summary": (
            "Rovaniemellä kulttuurin, liikunnan, nuorisotyön, opetuksen ja hyvinvointialueen "
            "edustajat edistävät kulttuurihyvinvointia yhteisin tavoittein. Työryhmä seuraa "
            "edistymistä kulttuurin TEAviisarilla ja raportoi hyvinvointikertomuksessa."
        ),
        "background": (
            "Rovaniemellä kulttuurihyvinvointityö oli hajallaan eri toimialoilla ja hankkeissa, eikä "
            "kukaan nähnyt kokonaisuutta. Kulttuurin TEAviisarin tulokset osoittivat, että kulttuuri "
            "puuttui kaupungin hyvinvointijohtamisesta ja seurannasta.\n\n"
            "Laajan ja harvaan asutun kaupungin kylien palvelut vaativat lisäksi eri hallinnonalojen "
            "yhteisiä ratkaisuja."
        ),
        "how_it_works": (
            "Työryhmän puheenjohtaja on kulttuurijohtaja, ja siinä on edustajat kaupungin "
            "toimialoilta, Lapin hyvinvointialueelta, kansalaisopistosta ja kolmannelta sektorilta. "
            "Työryhmä kokoontuu kuukausittain ja laatii vuosittain toimintasuunnitelman, jonka "
            "tavoitteet on johdettu TEAviisarin ulottuvuuksista.\n\n"
            "Joka toinen vuosi työryhmä käy TEAviisarin tulokset läpi työpajassa ja valitsee 2–3 "
            "kehittämiskohdetta, esimerkiksi kulttuurin kirjaamisen hyvinvointisuunnitelmaan tai "
            "kylien kulttuuritoiminnan kartoittamisen. Tulokset raportoidaan laajassa "
            "hyvinvointikertomuksessa valtuustolle."
        ),
        "resources": (
            "Työryhmä toimii virkatyönä ilman omaa budjettia. Yhteisiin kokeiluihin on haettu "
            "hankerahoitusta tapauskohtaisesti. Kulttuuripalveluiden suunnittelija valmistelee "
            "kokoukset ja kokoaa seurantatiedot, mihin kuluu noin kymmenesosa hänen työajastaan."
        ),
        "results": (
            "Kulttuuri on kirjattu kaupungin hyvinvointisuunnitelmaan omaksi painopisteekseen, ja "
            "kulttuuripalvelut ovat mukana hyvinvointijohtamisen ryhmässä. Kulttuurin TEAviisarin "
            "pisteet nousivat kahden tiedonkeruun välillä erityisesti johtamisen ja seurannan "
            "ulottuvuuksissa.\n\n"
            "Työryhmän aloitteesta on käynnistynyt muun muassa kylien kulttuuritoiminnan yhteinen "
            "kartoitus."
        ),
        "adoption": (
            "Työryhmä tarvitsee johdon mandaatin, esimerkiksi hyvinvointijohtoryhmän päätöksen, jotta "
            "jäsenet voivat käyttää siihen työaikaa. TEAviisarin ulottuvuudet antavat valmiin rungon "
            "tavoitteille ja seurannalle. Pienessä kunnassa tehtävän voi hoitaa kunnan "
            "hyvinvointityöryhmä, kunhan kulttuuri on siinä edustettuna."
        ),
        "lessons_learned": (
            "Yhteinen mittari helpotti keskustelua toimialojen kesken, koska TEAviisari oli kaikille "
            "tuttu omalta alalta. Hyvinvointialueen edustaja on välttämätön, mutta yhteys vaatii "
            "sitkeyttä, sillä henkilöt ovat vaihtuneet. Pienet konkreettiset kokeilut pitävät "
            "työryhmän motivaation yllä."
        ),
        "what_did_not_work": (
            "Ensimmäisessä toimintasuunnitelmassa oli yli 30 toimenpidettä, eikä niiden seuraaminen "
            "onnistunut. Nykyisin kerrallaan edistetään enintään kolmea asiaa."
        ),
        "municipalities": ["698"],
        "adopted_in": ["758"],
        "scope": "local",
        "themes": ["knowledge-base", "cultural-wellbeing", "cultural-policy", "cooperation"],
        "target_groups": ["all-residents", "villages-sparse"],
        "art_forms": ["multi-arts"],
        "partner_sectors": ["municipality", "wellbeing-county", "educational-institutions", "associations"],
        "teaviisari_dimensions": ["management", "monitoring", "commitment"],
        "culture_act_tasks": ["wellbeing-vitality", "equal-access"],
        "tags": ["teaviisari", "hyvinvointikertomus", "poikkihallinnollisuus", "seuranta"],
        "start_year": 2020,
        "end_year": None,
        "status": "active",
        "reach": None,
        "evidence_level": "evaluated",
        "cost_level": "none",
        "contacts": [
            {
                "name": "Heli Niskala",
                "title": "kulttuuripalveluiden suunnittelija",
                "organisation": "Rovaniemen kaupunki",
                "email": "heli.niskala@example.fi",
                "phone": "+358 40 000 0020",
                "publish_consent": True,
            },
        ],
        "links": [],
        "review": {
            "last_reviewed": "2026-08-14",
            "interval_months": 12,
            "owner_email": "heli.niskala@example.fi",
        },
        "related": ["lahden-kulttuurihyvinvointisuunnitelma", "ita-lapin-kylatalojen-kulttuurikiertue"],
    },
]

# ---------------------------------------------------------------------------------------------
# Webinar recordings (webinaaritallenteet): three past recordings and two upcoming webinars
# ---------------------------------------------------------------------------------------------

WEBINARS = [
    {
        "slug": "kumppanuuspoydat-ja-yhdistysyhteistyo",
        "title": "Kumppanuuspöydät ja yhdistysyhteistyö kulttuuripalveluissa",
        "summary": (
            "Kempeleen ja Sastamalan kulttuuripalvelut kertovat, miten kunta voi koota yhdistykset "
            "säännölliseen yhteistyöhön ilman raskasta hallintoa ja mitä siitä on seurannut."
        ),
        "description": (
            "Kuntien ja yhdistysten yhteistyö kantaa suurta osaa paikallisesta kulttuuritoiminnasta, "
            "mutta suunnitelmallisuudessa, säännöllisyydessä ja tiedonkulussa riittää aina tekemistä. "
            "Webinaarissa kuullaan kahdesta mallista, jotka saivat alkunsa Kotiseutuliiton "
            "Yhdistykset ja kunnat kulttuurikumppaneina -hankkeen tilaisuuksista vuonna 2019.\n\n"
            "Kempeleen kulttuurikumppanuuspöytä kokoontuu kahdesti vuodessa, ja sen "
            "puheenjohtajuus kiertää yhdistysten kesken. Sastamalan yhteistyöillat järjestetään "
            "kylätaloilla, ja niiden ytimessä on tori, jossa yhdistykset kertovat tarpeistaan ja "
            "tarjoavat apuaan muille.\n\n"
            "Lopuksi keskustellaan osallistujien kysymyksistä: miten tavoittaa nuoret aikuiset, "
            "kuinka paljon koordinaatiota kunnan kannattaa ottaa kantaakseen ja miten yhteistyö "
            "pysyy elossa, kun aktiivit vaihtuvat. Tallenne on tekstitetty, ja sivulta löytyy myös "
            "litterointi."
        ),
        "days_from_today": -120,
        "time": "13:00",
        "duration_minutes": 90,
        "speakers": [
            {
                "name": "Liisa Heikura",
                "title": "kulttuurikoordinaattori",
                "organisation": "Kempeleen kunta",
            },
            {
                "name": "Markus Vainionpää",
                "title": "kulttuurisihteeri",
                "organisation": "Sastamalan kaupunki",
            },
            {
                "name": "Kaisa Ojanperä",
                "title": "projektikoordinaattori",
                "organisation": "Kulttuuria yhteistuumin -kehittämistehtävä, Espoon kaupunki",
            },
        ],
        "chapters": [
            {"start": "00:00", "title": "Avaus ja päivän ohjelma"},
            {"start": "04:30", "title": "Kempeleen kulttuurikumppanuuspöytä"},
            {"start": "26:15", "title": "Sastamalan yhdistysten yhteistyöillat"},
            {"start": "47:40", "title": "Miten tavoittaa nuoret aikuiset ja uudet toimijat?"},
            {"start": "1:05:10", "title": "Osallistujien kysymykset"},
            {"start": "1:24:30", "title": "Yhteenveto ja seuraavat webinaarit"},
        ],
        "transcript": (
            "Kaisa Ojanperä: Hyvää iltapäivää ja tervetuloa kaikki Kulttuuria yhteistuumin "
            "-webinaariin. Meitä on täällä linjoilla tänään vähän yli sata, eli kiva nähdä, että "
            "aihe kiinnostaa. Puhutaan kumppanuuspöydistä ja siitä, miten kunta ja yhdistykset "
            "voisivat tehdä enemmän yhdessä. Kysymyksiä saa laittaa chattiin koko ajan, me "
            "kootaan ne loppuun.\n\n"
            "Liisa Heikura: Kiitos, Kaisa. Meillä Kempeleessä tää kumppanuuspöytä lähti oikeastaan "
            "liikkeelle siitä Kotiseutuliiton tilaisuudesta marraskuussa 2019. Yhdistykset sano siellä "
            "aika suoraan, että ne ei tunne toisiaan ja että ne toivoo kunnalta jonkinlaista "
            "koordinaatiota. Ja mä mietin silloin, että okei, mutta me ei voida ottaa kunnassa "
            "kaikkea vastuuta, koska mä oon käytännössä yksin tässä kulttuuripuolella.\n\n"
            "Liisa Heikura: Me päädyttiin siihen, että kunta kutsuu koolle ja kirjoittaa muistion, "
            "mutta puheenjohtaja on aina joku yhdistyksistä, ja se vaihtuu joka kerta. Se on ollut "
            "ehkä se tärkein juttu. Se ei oo kunnan tilaisuus, se on yhdistysten oma pöytä.\n\n"
            "Markus Vainionpää: Meillä Sastamalassa on vähän samanlainen tausta. Kotiseutuliitto "
            "järjesti meillä huhtikuussa 2019 sellaisen yhdistysten kehittämisillan, ja siellä oli "
            "porukkaa yllättävän paljon. Me huomattiin, että ihmiset haluaa tavata toisiaan, mutta "
            "ei kokoustaa. Niin me tehtiin siitä ilta, joka kiertää kylätaloja, ja sen ytimessä on "
            "tällainen tori: jokainen kertoo, mitä tarvitsee ja mitä voi antaa muille. Joku "
            "tarvitsee talkoolaisia, toisella on ylimääräisiä tuoleja tai tila, joka on tyhjillään "
            "arki-iltaisin.\n\n"
            "Kaisa Ojanperä: Chatissa kysytään, miten te ootte saaneet mukaan nuoria aikuisia. "
            "Tää on varmaan se kysymys, joka tulee joka webinaarissa.\n\n"
            "Markus Vainionpää: Joo, ja rehellisesti sanottuna me ei olla saatu niitä mukaan "
            "hallituksiin. Mutta kun me pyydetään nuoria yhteen rajattuun juttuun, vaikka "
            "kesätapahtuman somen hoitamiseen tai lavan rakentamiseen, niin sitten ne tulee. Eli "
            "pitää pilkkoa ne tehtävät pienemmiksi.\n\n"
            "Liisa Heikura: Sama kokemus. Ja yks pieni käytännön vinkki: me siirrettiin kokoukset "
            "iltapäivästä kuuteen illalla, ja heti tuli mukaan työssäkäyviä. Ihan yksinkertainen "
            "asia, mutta sillä oli iso merkitys.\n\n"
            "Kaisa Ojanperä: Kiitos molemmille. Molempien kuntien kuvaukset löytyy nyt myös "
            "tietopankista, ja sieltä näkee yhteyshenkilöt, joille voi soittaa. Seuraava "
            "webinaari käsittelee kulttuurihyvinvointia ja yhteistyötä hyvinvointialueiden kanssa."
        ),
        "registration_url": "",
        "themes": ["cooperation", "networking", "participation"],
        "tags": ["kumppanuuspöytä", "yhdistykset", "vapaaehtoiset", "kotiseututyö"],
        "related_practices": [
            "kempeleen-kulttuurikumppanuuspoyta",
            "sastamalan-yhdistysten-yhteistyoillat",
        ],
    },
    {
        "slug": "kulttuurihyvinvointia-yhdessa-hyvinvointialueen-kanssa",
        "title": "Kulttuurihyvinvointia yhdessä hyvinvointialueen kanssa",
        "summary": (
            "Miten kunta ja hyvinvointialue voivat sopia yhteisestä kulttuurihyvinvoinnin "
            "toiminnasta? Esimerkkeinä Joensuun taidelähete ja Turun kulttuuriluotsit."
        ),
        "description": (
            "Hyvinvointialueuudistuksen jälkeen kulttuurihyvinvoinnin työnjako kuntien ja "
            "hyvinvointialueiden välillä on monessa paikassa vielä hakusessa. Kunta vastaa "
            "kulttuuripalveluista ja asukkaiden hyvinvoinnin edistämisestä, hyvinvointialue sosiaali- "
            "ja terveyspalveluista – mutta asiakas on sama ihminen.\n\n"
            "Webinaarissa Joensuun kulttuurihyvinvointikoordinaattori kertoo, miten taidelähete "
            "rakennettiin yhdessä Pohjois-Karjalan hyvinvointialueen kanssa ja miten kustannuksista "
            "ja tietosuojasta sovittiin. Turun kulttuuriluotsitoiminnan koordinaattori kertoo, miten "
            "vapaaehtoiset luotsit tavoittavat ikääntyneitä, jotka eivät muuten lähtisi kulttuurin "
            "pariin, ja mitä ulkopuolinen arviointi toiminnasta kertoi.\n\n"
            "Tallenne on tekstitetty, ja sivulta löytyy litterointi ja esitysmateriaalit."
        ),
        "days_from_today": -40,
        "time": "09:00",
        "duration_minutes": 75,
        "speakers": [
            {
                "name": "Tuomas Hirvonen",
                "title": "kulttuurihyvinvointikoordinaattori",
                "organisation": "Joensuun kaupunki",
            },
            {
                "name": "Johanna Lindroos",
                "title": "kulttuuriluotsitoiminnan koordinaattori",
                "organisation": "Turun kaupunki",
            },
            {
                "name": "Kaisa Ojanperä",
                "title": "projektikoordinaattori",
                "organisation": "Kulttuuria yhteistuumin -kehittämistehtävä, Espoon kaupunki",
            },
        ],
        "chapters": [
            {"start": "00:00", "title": "Avaus: kulttuurihyvinvoinnin työnjako kunnan ja hyvinvointialueen välillä"},
            {"start": "06:20", "title": "Joensuun taidelähete"},
            {"start": "27:45", "title": "Turun kulttuuriluotsit"},
            {"start": "48:10", "title": "Kustannusten jako, sopimukset ja tietosuoja"},
            {"start": "1:02:00", "title": "Kysymykset ja yhteenveto"},
        ],
        "transcript": (
            "Kaisa Ojanperä: Huomenta kaikille ja tervetuloa. Tänään aiheena on kulttuurihyvinvointi "
            "ja se, miten kunnat ja hyvinvointialueet voivat tehdä sitä yhdessä. Ennen webinaaria "
            "tehdyssä ennakkokyselyssä tämä työnjako oli ylivoimaisesti eniten mainittu haaste.\n\n"
            "Tuomas Hirvonen: Kiitos. Joensuussa lähtökohta oli oikeastaan se, että terveyskeskuksen "
            "ja aikuissosiaalityön ihmiset sanoi meille, että heillä ei ole mitään tarjottavaa "
            "sellaiselle asiakkaalle, joka on yksinäinen tai vähän alakuloinen mutta ei tarvitse "
            "varsinaista hoitoa. Ja meillä kulttuuripuolella taas oli ryhmiä, joihin ei löytynyt "
            "osallistujia. Niin taidelähete on vähän niinku silta näiden välissä.\n\n"
            "Tuomas Hirvonen: Mä sanoisin, että tärkein yksittäinen asia on se puhelu. Kun lähete "
            "tulee, mä soitan jokaiselle itse ja kerron, mitä ryhmässä tehdään. Ilman sitä puhelua "
            "moni ei tulisi ensimmäiselle kerralle.\n\n"
            "Kaisa Ojanperä: Chatissa kysytään, miten kustannukset on jaettu.\n\n"
            "Tuomas Hirvonen: Puoliksi. Kaupunki maksaa tilat ja koordinoinnin, ja taiteilijoiden "
            "palkkiot jaetaan. Se on kirjattu sopimukseen, ja samaan sopimukseen on kirjattu myös, "
            "mitä tietoja asiakkaasta saa siirtyä meille. Käytännössä vain nimi ja puhelinnumero, "
            "ei mitään terveystietoja.\n\n"
            "Johanna Lindroos: Turussa luotsitoiminta on vähän erilaista, koska meillä luotsit on "
            "vapaaehtoisia eikä kyse ole hoidosta. Mutta yhteys hyvinvointialueeseen on silti tosi "
            "tärkeä, koska iso osa tilauksista tulee kotihoidon kautta. Kotihoidon työntekijä "
            "huomaa, että asiakas kaipaa seuraa, ja soittaa meille.\n\n"
            "Johanna Lindroos: Ja yks asia, minkä me opittiin kantapään kautta: me yritettiin "
            "laajentaa samoilla luotseilla hoivakoteihin, ja se oli liikaa. Vapaaehtoisten jaksaminen "
            "on rajallinen, ja hoivakodeissa tarvitaan ammattilaisia.\n\n"
            "Kaisa Ojanperä: Hyvä huomio, ja siihen liittyen tietopankista löytyy Pietarsaaren seudun "
            "hoivakotien taiteilijaresidenssi, jossa juuri ammattitaiteilijat työskentelevät "
            "hoivakodeissa. Kiitos puhujille ja kaikille osallistujille."
        ),
        "registration_url": "",
        "themes": ["cultural-wellbeing", "cooperation", "new-operating-models"],
        "tags": ["taidelähete", "kulttuuriluotsit", "hyvinvointialue", "kulttuurihyvinvointi"],
        "related_practices": [
            "joensuun-taidelahete",
            "turun-kulttuuriluotsit",
            "hoivakotien-taiteilijaresidenssi-pietarsaaren-seutu",
        ],
    },
    {
        "slug": "kulttuurin-teaviisari-kunnan-tyokaluna",
        "title": "Kulttuurin TEAviisari kunnan työkaluna",
        "summary": (
            "Miten kulttuurin TEAviisarin tuloksia voi käyttää kulttuuripalveluiden johtamisessa, "
            "suunnittelussa ja hyvinvointikertomuksessa? Webinaarissa kuullaan Rovaniemen ja Lahden "
            "kokemuksia."
        ),
        "description": (
            "Kulttuurin TEAviisari kuvaa, miten kunta edistää asukkaidensa hyvinvointia kulttuurin "
            "keinoin. Tulokset ovat kaikkien nähtävillä, mutta moni kunta kysyy, miten niitä voisi "
            "käyttää arjen kehittämistyössä eikä vain kerran kahdessa vuodessa täytettävänä "
            "kyselynä.\n\n"
            "Rovaniemen poikkihallinnollinen kulttuurihyvinvoinnin työryhmä johtaa tavoitteensa "
            "suoraan TEAviisarin ulottuvuuksista. Lahdessa on pohdittu, näkyykö vapaan kentän ja "
            "kolmannen sektorin toiminta TEAviisarin vastauksissa ja miten yhteistä tilannekuvaa "
            "voisi rakentaa.\n\n"
            "Webinaari on tarkoitettu kuntien kulttuuripalveluiden työntekijöille ja "
            "hyvinvointikoordinaattoreille. Osallistuminen on maksutonta. Tallenne julkaistaan "
            "tekstitettynä tässä arkistossa."
        ),
        "days_from_today": 16,
        "time": "13:00",
        "duration_minutes": 60,
        "speakers": [
            {
                "name": "Heli Niskala",
                "title": "kulttuuripalveluiden suunnittelija",
                "organisation": "Rovaniemen kaupunki",
            },
            {
                "name": "Emilia Rantakari",
                "title": "kulttuurituottaja",
                "organisation": "Lahden kaupunki",
            },
        ],
        "chapters": [],
        "transcript": "",
        "registration_url": "https://www.example.fi/kulttuuria-yhteistuumin/ilmoittaudu/teaviisari-webinaari",
        "themes": ["knowledge-base", "cultural-policy", "cultural-wellbeing"],
        "tags": ["teaviisari", "seuranta", "hyvinvointikertomus"],
        "related_practices": [
            "rovaniemen-kulttuurihyvinvoinnin-tyoryhma",
            "lahden-kulttuurihyvinvointisuunnitelma",
        ],
    },
    {
        "slug": "pienen-kunnan-kulttuuripalvelut",
        "title": "Yhden hengen kulttuuritoimi – pienen kunnan kulttuuripalvelut ja seutuyhteistyö",
        "summary": (
            "Miten pieni kunta tuottaa monipuoliset kulttuuripalvelut, kun kulttuurista vastaa yksi "
            "ihminen muiden töiden ohella? Puhujina Puumalan, Pielaveden ja Kemijärven kulttuuri- ja "
            "vapaa-aikatoimen edustajat."
        ),
        "description": (
            "Suuressa osassa Suomen kuntia kulttuuripalveluista vastaa yksi työntekijä, joka hoitaa "
            "usein myös liikunta-, nuoriso- tai kirjastoasioita. Webinaarissa kuullaan, miten pienissä "
            "kunnissa yhdistykset, kyläyhdistykset, vapaa kenttä ja naapurikunnat on saatu mukaan "
            "tekemään kulttuuria yhdessä.\n\n"
            "Esimerkkeinä ovat Puumalan kesäteatteri, Pielaveden kylien muistitietohanke ja "
            "Itä-Lapin neljän kunnan yhteinen kylätalojen kulttuurikiertue. Lopuksi keskustellaan "
            "siitä, millaista sparrausapua pienet kunnat toivovat kehittämistehtävältä.\n\n"
            "Webinaari on maksuton ja avoin kaikille. Ilmoittautuneille lähetetään linkki ja "
            "ennakkomateriaali sähköpostilla."
        ),
        "days_from_today": 45,
        "time": "14:00",
        "duration_minutes": 90,
        "speakers": [
            {
                "name": "Riitta Pulkkinen",
                "title": "vapaa-aikasihteeri",
                "organisation": "Puumalan kunta",
            },
            {
                "name": "Eeva Rissanen",
                "title": "kirjastotoimenjohtaja",
                "organisation": "Pielaveden kunta",
            },
            {
                "name": "Pirjo Lehtola",
                "title": "vapaa-aikasihteeri",
                "organisation": "Kemijärven kaupunki",
            },
        ],
        "chapters": [],
        "transcript": "",
        "registration_url": "https://www.example.fi/kulttuuria-yhteistuumin/ilmoittaudu/pienen-kunnan-kulttuuripalvelut",
        "themes": ["cooperation", "vitality", "accessibility"],
        "tags": ["pienet kunnat", "seutuyhteistyö", "kylät", "sparraus"],
        "related_practices": [
            "puumalan-kesateatteri",
            "pielaveden-kylien-muistot",
            "ita-lapin-kylatalojen-kulttuurikiertue",
        ],
    },
    {
        # A real, short recording (practices/demo/media/, CC0, made with speech synthesis by
        # scripts/build_demo_recording.py): the player, captions and chapters work in the demo.
        # Its chapters and transcript are read from the recording's own files.
        "slug": "kulttuurikumppanuuspoyta-lyhyesti",
        "title": "Kulttuurikumppanuuspöytä lyhyesti",
        "summary": (
            "Alle minuutin tietoisku: mikä on kulttuurikumppanuuspöytä, miten sen voi perustaa ja "
            "mistä löytyy lisää tietoa."
        ),
        "description": (
            "Lyhyt tietoisku kunnan ja yhdistysten kulttuurikumppanuuspöydästä Kempeleen mallin "
            "pohjalta: mitä pöytä tekee, kuka sitä johtaa ja miten ensimmäinen tapaaminen "
            "kannattaa järjestää.\n\n"
            "Tallenne on tehty tietopankin esittelyä varten puhesynteesillä. Siinä on suomenkielinen "
            "tekstitys, luvut, joista pääsee suoraan haluamaansa kohtaan, ja litterointi."
        ),
        "days_from_today": -7,
        "time": "12:00",
        "duration_minutes": 1,
        "speakers": [],
        "recording": "kulttuurikumppanuuspoyta-lyhyesti",
        "chapters": [],
        "transcript": "",
        "registration_url": "",
        "themes": ["cooperation", "networking"],
        "tags": ["kumppanuuspöytä", "yhdistykset", "tietoisku"],
        "related_practices": ["kempeleen-kulttuurikumppanuuspoyta"],
    },
]

# ---------------------------------------------------------------------------------------------
# Municipality visits (kuntavierailut): two past visits and one upcoming visit
# ---------------------------------------------------------------------------------------------

VISITS = [
    {
        "slug": "kuntavierailu-kempele",
        "title": "Kuntavierailu Kempeleeseen: kumppanuuspöytä yhdistysyhteistyön moottorina",
        "summary": (
            "Puolentoista päivän vierailulla tutustuttiin Kempeleen kulttuurikumppanuuspöytään, "
            "tavattiin yhdistysten edustajia ja luonnosteltiin työpajassa kumppanuusmallia omaan "
            "kuntaan."
        ),
        "host": "244",
        "days_from_today": -200,
        "days": 2,
        "place": "Kempeleen kunnantalo ja kirjasto, Kempele",
        "practices_visited": ["kempeleen-kulttuurikumppanuuspoyta"],
        "programme": [
            {
                "day": 1,
                "time": "12:00",
                "title": "Saapuminen ja lounas",
                "description": "Osallistujat saapuvat kunnantalolle. Lounaan aikana esittäytymiskierros.",
                "kind": "other",
            },
            {
                "day": 1,
                "time": "13:00",
                "title": "Kempeleen kulttuurikumppanuuspöytä",
                "description": (
                    "Kulttuurikoordinaattori kertoo pöydän taustasta, toimintatavasta ja "
                    "tuloksista. Kolmen yhdistyksen puheenjohtajat kertovat, mitä pöytä on "
                    "merkinnyt heidän yhdistykselleen."
                ),
                "kind": "site_visit",
            },
            {
                "day": 1,
                "time": "15:00",
                "title": "Kirjasto ja yhteinen tapahtumakalenteri",
                "description": (
                    "Tutustuminen kirjastoon, jossa kumppanuuspöytä kokoontuu joka toinen kerta, "
                    "ja yhdistysten yhteiseen verkkokalenteriin. Keskustelua vapaaehtoisten kanssa."
                ),
                "kind": "site_visit",
            },
            {
                "day": 1,
                "time": "18:00",
                "title": "Illallinen ja verkostoituminen",
                "description": (
                    "Yhteinen illallinen, johon osallistuu myös Kempeleen yhdistysaktiiveja."
                ),
                "kind": "networking",
            },
            {
                "day": 2,
                "time": "08:30",
                "title": "Työpaja: oman kunnan kumppanuusmalli",
                "description": (
                    "Fasilitoidussa työpajassa jokainen osallistuja kartoittaa oman kuntansa "
                    "yhdistyskentän ja luonnostelee ensimmäisen kumppanuustapaamisen."
                ),
                "kind": "workshop",
            },
            {
                "day": 2,
                "time": "11:00",
                "title": "Vertaissparraus pienryhmissä",
                "description": "Osallistujat kommentoivat toistensa luonnoksia kolmen hengen ryhmissä.",
                "kind": "networking",
            },
            {
                "day": 2,
                "time": "12:00",
                "title": "Yhteenveto, palaute ja lounas",
                "description": "Vierailun yhteenveto, palautekysely ja lounas ennen kotimatkaa.",
                "kind": "other",
            },
        ],
        "facilitator": "Hanna Vuorela, Osallistamo Oy",
        "participants": [
            "564", "535", "494", "071", "615", "217", "790", "179", "595", "320", "905", "049",
        ],
        "body": (
            "Kempeleen kuntavierailulle osallistui kulttuuripalveluiden työntekijöitä 12 kunnasta "
            "Pohjois-Pohjanmaalta, Keski-Pohjanmaalta, Pirkanmaalta, Keski-Suomesta, Pohjois-Savosta, "
            "Lapista, Pohjanmaalta ja Uudeltamaalta. Suurin osa osallistujista työskentelee pienessä "
            "kunnassa ainoana kulttuurin viranhaltijana.\n\n"
            "Ensimmäisenä päivänä tutustuttiin kulttuurikumppanuuspöytään, joka sai alkunsa "
            "Kotiseutuliiton kumppanuustilaisuudesta Kempeleessä vuonna 2019. Yhdistysten "
            "puheenjohtajat kertoivat avoimesti myös vaikeuksista: aktiivit ikääntyvät ja uusien "
            "tekijöiden löytäminen vaatii uudenlaisia tapoja pyytää mukaan.\n\n"
            "Toisena päivänä fasilitoidussa työpajassa kukin osallistuja kartoitti oman kuntansa "
            "yhdistyskentän ja luonnosteli, miten ensimmäinen kumppanuustapaaminen järjestettäisiin. "
            "Luonnokset käytiin läpi pienryhmissä, ja osallistujat sopivat seuraavansa toistensa "
            "etenemistä."
        ),
        "key_learnings": (
            "Kunnan rooli on kutsua koolle ja pitää kirjaa, ei johtaa. Kun puheenjohtajuus kiertää "
            "yhdistysten kesken, pöytä on yhdistysten oma.\n\n"
            "Lyhyt muistio, jossa on enintään kolme sovittua asiaa ja niille vastuuhenkilöt, pitää "
            "yhteistyön liikkeessä tapaamisten välillä.\n\n"
            "Yhdistyskenttää kannattaa katsoa laajasti: urheiluseurat, eläkeläisjärjestöt, "
            "vanhempainyhdistykset ja palokunnat tekevät paljon kulttuuria, vaikka eivät itse "
            "käyttäisi sitä sanaa.\n\n"
            "Malleja ei voi siirtää sellaisenaan kunnasta toiseen, mutta toimintaperiaatteet "
            "siirtyvät: säännöllisyys, avoimuus ja vastavuoroisuus."
        ),
        "workshop_outputs": (
            "Jokainen osallistuja laati oman kuntansa yhdistyskartan ja luonnoksen ensimmäisestä "
            "kumppanuustapaamisesta. Yhteenvetona syntyi tarkistuslista kumppanuuspöydän "
            "käynnistämiseen: kenet kutsutaan, missä ja milloin kokoonnutaan, kuka toimii "
            "puheenjohtajana, miten muistio jaetaan ja miten pöydän hyödyllisyyttä seurataan.\n\n"
            "Neljä pientä kuntaa sopi selvittävänsä yhteisen seudullisen pöydän mahdollisuutta. "
            "Osallistujat toivoivat kehittämistehtävältä jatkoksi webinaaria nuorten aikuisten "
            "tavoittamisesta vapaaehtoistoimintaan."
        ),
        "capacity": 16,
        "deadline_days_from_today": None,
        "travel_support": True,
        "themes": ["cooperation", "networking", "participation"],
    },
    {
        "slug": "kuntavierailu-turku",
        "title": "Kuntavierailu Turkuun: kulttuuriluotsit ja kulttuurihyvinvoinnin yhteistyö",
        "summary": (
            "Vierailulla tutustuttiin Turun kulttuuriluotsitoimintaan, tavattiin luotseja ja heidän "
            "asiakkaitaan ja pohdittiin työpajassa vapaaehtoistoiminnan ja kulttuurihyvinvoinnin "
            "malleja eri kokoisille kunnille."
        ),
        "host": "853",
        "days_from_today": -60,
        "days": 2,
        "place": "Turun pääkirjasto, Turku",
        "practices_visited": ["turun-kulttuuriluotsit"],
        "programme": [
            {
                "day": 1,
                "time": "11:30",
                "title": "Saapuminen ja lounas",
                "description": "Tervetuloa Turkuun. Lounas ja lyhyt esittäytyminen pääkirjastolla.",
                "kind": "other",
            },
            {
                "day": 1,
                "time": "12:30",
                "title": "Kulttuuriluotsitoiminta käytännössä",
                "description": (
                    "Koordinaattori esittelee luotsien rekrytoinnin, koulutuksen ja tilausten "
                    "käsittelyn. Kaksi luotsia ja heidän asiakkaansa kertovat kokemuksistaan."
                ),
                "kind": "site_visit",
            },
            {
                "day": 1,
                "time": "15:00",
                "title": "Luotsien vertaistapaaminen",
                "description": (
                    "Osallistujat pääsevät seuraamaan luotsien kuukausittaista vertaistapaamista "
                    "ja keskustelemaan vapaaehtoisten kanssa."
                ),
                "kind": "site_visit",
            },
            {
                "day": 1,
                "time": "18:30",
                "title": "Konsertti ja illallinen",
                "description": (
                    "Osallistujat tutustuvat luotsitoimintaan myös yleisön paikalta: konsertissa on "
                    "mukana luotseja ja heidän asiakkaitaan. Konsertin jälkeen yhteinen illallinen."
                ),
                "kind": "networking",
            },
            {
                "day": 2,
                "time": "09:00",
                "title": "Työpaja: vapaaehtoistoiminta ja kulttuurihyvinvointi omassa kunnassa",
                "description": (
                    "Fasilitoidussa työpajassa pohditaan, millainen kulttuurikaveri- tai "
                    "luotsitoiminta sopisi osallistujan kuntaan ja kuka sitä koordinoisi."
                ),
                "kind": "workshop",
            },
            {
                "day": 2,
                "time": "12:00",
                "title": "Yhteenveto ja lounas",
                "description": "Työpajan tulosten kokoaminen, palaute ja lounas.",
                "kind": "other",
            },
        ],
        "facilitator": "Mikael Strömberg, Fasilitointitoimisto Kajo",
        "participants": [
            "202", "680", "577", "304", "322", "609", "398", "286", "297", "545", "710", "005", "638",
        ],
        "body": (
            "Turun kuntavierailulle osallistui kulttuuripalveluiden työntekijöitä 13 kunnasta. "
            "Mukana oli sekä kaupunkeja että pieniä saaristokuntia, ja neljä osallistujaa tuli "
            "kaksikielisistä tai ruotsinkielisistä kunnista.\n\n"
            "Ensimmäisenä päivänä kulttuuriluotsitoiminnan koordinaattori kertoi, miten toiminta on "
            "kasvanut kymmenessä vuodessa noin 80 vapaaehtoisen verkostoksi. Osallistujat pääsivät "
            "seuraamaan luotsien vertaistapaamista ja kuulemaan suoraan asiakkailta, mitä seura "
            "kulttuuritapahtumassa on heille merkinnyt. Illan konsertissa osa osallistujista istui "
            "luotsien ja asiakkaiden seurassa.\n\n"
            "Toisen päivän työpajassa pohdittiin, millaista vapaaehtoistoimintaa eri kokoisissa "
            "kunnissa voisi rakentaa ja miten se sovitetaan yhteen hyvinvointialueen palvelujen "
            "kanssa."
        ),
        "key_learnings": (
            "Vapaaehtoistoiminta tarvitsee palkatun koordinaattorin. Pienessä kunnassa koordinointi "
            "voi kuulua kirjastolle tai paikalliselle järjestölle, mutta vastuun on oltava jonkun "
            "nimetty tehtävä.\n\n"
            "Kotihoito ja omaiset ovat tärkein kanava tavoittaa ikääntyneitä; verkkolomake ei "
            "yksinään riitä.\n\n"
            "Vapaaehtoisten jaksamisesta on pidettävä huolta. Hoivakodeissa tarvitaan "
            "ammattitaiteilijoita, ei vapaaehtoisia.\n\n"
            "Kaksikielisyys on suunniteltava alusta asti: ruotsinkielinen asiakas tarvitsee "
            "ruotsinkielisen luotsin."
        ),
        "workshop_outputs": (
            "Työpajassa syntyi kolme mallia eri kokoisille kunnille: kaupungin oma luotsitoiminta "
            "palkatulla koordinaattorilla, kirjaston vapaaehtoistoimintaan liitetty kulttuurikaveri "
            "ja järjestön kanssa tehtävä kumppanuussopimus. Kunkin mallin kohdalle kirjattiin "
            "tarvittavat resurssit, yhteistyökumppanit ja ensimmäiset askeleet.\n\n"
            "Kaksi saaristokuntaa sopi selvittävänsä yhteistä kulttuurikaveritoimintaa, ja kaksi "
            "osallistujaa ilmoittautui sparraajiksi muille kunnille vapaaehtoistoiminnan "
            "käynnistämisessä."
        ),
        "capacity": 18,
        "deadline_days_from_today": None,
        "travel_support": True,
        "themes": ["cultural-wellbeing", "participation", "accessibility"],
    },
    {
        "slug": "kuntavierailu-rovaniemi",
        "title": "Kuntavierailu Rovaniemelle: kulttuurihyvinvointi pitkien välimatkojen kunnissa",
        "summary": (
            "Vierailulla tutustutaan Rovaniemen poikkihallinnolliseen kulttuurihyvinvoinnin "
            "työryhmään ja Itä-Lapin kuntien yhteiseen kylätalokiertueeseen. Haku on auki, ja mukaan "
            "mahtuu 16 kuntaa."
        ),
        "host": "698",
        "days_from_today": 70,
        "days": 2,
        "place": "Rovaniemen kaupungintalo ja kulttuuritalo Korundi, Rovaniemi",
        "practices_visited": [
            "rovaniemen-kulttuurihyvinvoinnin-tyoryhma",
            "ita-lapin-kylatalojen-kulttuurikiertue",
        ],
        "programme": [
            {
                "day": 1,
                "time": "11:30",
                "title": "Saapuminen ja lounas",
                "description": "Osallistujat saapuvat kaupungintalolle. Lounas ja esittäytyminen.",
                "kind": "other",
            },
            {
                "day": 1,
                "time": "12:30",
                "title": "Kulttuurihyvinvoinnin työryhmä ja TEAviisari-seuranta",
                "description": (
                    "Työryhmän jäsenet kaupungilta, Lapin hyvinvointialueelta ja kolmannelta "
                    "sektorilta kertovat, miten työryhmä toimii ja miten TEAviisaria käytetään "
                    "tavoitteiden asettamisessa."
                ),
                "kind": "site_visit",
            },
            {
                "day": 1,
                "time": "15:00",
                "title": "Itä-Lapin kylätalojen kulttuurikiertue",
                "description": (
                    "Kemijärven, Pelkosenniemen, Savukosken ja Sallan edustajat kertovat, miten "
                    "neljä kuntaa tilaa esitykset yhdessä ja miten kyläyhdistykset ovat mukana."
                ),
                "kind": "site_visit",
            },
            {
                "day": 1,
                "time": "18:00",
                "title": "Illallinen ja verkostoituminen",
                "description": "Yhteinen illallinen Korundissa.",
                "kind": "networking",
            },
            {
                "day": 2,
                "time": "08:30",
                "title": "Työpaja: kulttuuri osaksi kunnan hyvinvointijohtamista",
                "description": (
                    "Fasilitoidussa työpajassa osallistujat tarkastelevat oman kuntansa "
                    "TEAviisari-tuloksia ja valitsevat kaksi kehittämiskohdetta."
                ),
                "kind": "workshop",
            },
            {
                "day": 2,
                "time": "11:30",
                "title": "Yhteenveto ja lounas",
                "description": "Työpajan tulosten kokoaminen, palaute ja lounas ennen kotimatkaa.",
                "kind": "other",
            },
        ],
        "facilitator": "Anu Kyrö, Pohjoisen yhteisötyön osuuskunta",
        "participants": [],
        "body": (
            "Rovaniemen kuntavierailu on tarkoitettu kuntien kulttuuripalveluista vastaaville "
            "työntekijöille, jotka haluavat vahvistaa kulttuurin asemaa kunnan "
            "hyvinvointijohtamisessa tai kehittää kulttuuripalveluja harvaan asutulla alueella.\n\n"
            "Ensimmäisenä päivänä tutustutaan Rovaniemen poikkihallinnolliseen kulttuurihyvinvoinnin "
            "työryhmään, joka johtaa tavoitteensa kulttuurin TEAviisarista, sekä Itä-Lapin neljän "
            "kunnan yhteiseen kylätalojen kulttuurikiertueeseen. Toisena päivänä ulkopuolisen "
            "fasilitaattorin vetämässä työpajassa kukin osallistuja tarkastelee oman kuntansa "
            "TEAviisari-tuloksia ja valitsee kaksi kehittämiskohdetta.\n\n"
            "Vierailulle voi hakea yksi kulttuuripalveluiden työntekijä kustakin kunnasta. Paikkoja "
            "on 16, ja ne täytetään hakemusten saapumisjärjestyksessä. Kun paikat ovat täynnä, "
            "hakemukset menevät varasijoille, ja varasijalta nousee seuraava, jos joku peruu. Matka- "
            "ja majoituskuluihin voi hakea tukea hakemuksen yhteydessä."
        ),
        "key_learnings": "",
        "workshop_outputs": "",
        "capacity": 16,
        "deadline_days_from_today": 40,
        "travel_support": True,
        "themes": ["cultural-wellbeing", "knowledge-base", "accessibility"],
    },
]

# ---------------------------------------------------------------------------------------------
# News (ajankohtaista)
# ---------------------------------------------------------------------------------------------

NEWS = [
    {
        "slug": "kumppanuudet-kantavat-kuntien-kulttuuripalveluja",
        "title": "Kumppanuudet kantavat kuntien kulttuuripalveluja",
        "days_from_today": -500,
        "summary": (
            "Kuntien, yhdistysten ja muiden paikallisten toimijoiden yhteistyö auttaa vastaamaan "
            "kulttuuripalvelujen haasteisiin. Kotiseutuliiton kumppanuushankkeen opit ovat yhä "
            "ajankohtaisia, ja niiden pohjalta syntyneitä käytäntöjä löytyy nyt tietopankista."
        ),
        "body": (
            "Kumppanuudet rakentuvat luontevasti kuntien, yhdistysten, yritysten, seurakuntien, "
            "oppilaitosten ja muiden toimijoiden yhteisen tekemisen kautta. Suomen Kotiseutuliiton "
            "Yhdistykset ja kunnat kulttuurikumppaneina -hanke järjesti vuonna 2019 koulutuksia, "
            "tapaamisia ja alustuksia 15 paikkakunnalla eri puolilla Suomea. Niissä tavoitettiin yli "
            "200 kuntien ja yhdistysten ihmistä ja yli 120 yhdistystä potilasjärjestöistä palokuntiin "
            "ja eläkeyhdistyksistä nuorisojärjestöihin.\n\n"
            "Tilaisuuksissa todettiin, että kuntien ja yhdistysten yhteistyö kulttuuripalvelujen "
            "tuottamiseksi toimii monin paikoin mallikkaasti. Suunnitelmallisuudessa, "
            "säännöllisyydessä ja tiedonkulussa riittää silti aina työtä. Yhdistyksiä puhuttivat "
            "erityisesti yhdistysten välinen yhteistyö, toimijoiden ikääntyminen ja vapaaehtoistoiminnan "
            "muutos: sitoutuminen heikkenee, ja projektit, pop-up-toiminta ja itseorganisoituminen "
            "houkuttelevat monia enemmän kuin perinteinen yhdistystoiminta.\n\n"
            "Usealla paikkakunnalla toivottiin, että kunta koordinoisi vapaaehtoistyötä. Avaimet "
            "yhteistyön lisäämiseen ovat toimijoilla itsellään, mutta kunnan suunnitelmallinen tuki "
            "niin kolmannelle kuin neljännelle sektorille voi edistää kumppanuuksia, kuntalaisten "
            "osallisuutta ja kotiseudun elinvoimaa.\n\n"
            "Sastamalassa 25.4.2019 ja Kempeleessä 5.11.2019 järjestetyistä tilaisuuksista syntyi "
            "pysyvää toimintaa. Kempeleen kulttuurikumppanuuspöytä kokoaa yhdistykset kahdesti "
            "vuodessa, ja Sastamalan yhteistyöillat kiertävät kylätaloja. Molemmat käytännöt on nyt "
            "kuvattu tietopankissa yhteyshenkilöineen.\n\n"
            "Hankkeessa tuotettu verkko-opas Yhdistykset ja kunnat kulttuurikumppaneina on kaikkien "
            "käytettävissä Kotiseutuliiton verkkosivustolla. Kuntaliiton julkaisema Kumppanuuspöydän "
            "rakennusopas auttaa puolestaan kumppanuuspöydän käynnistämisessä."
        ),
        "tags": ["kumppanuudet", "yhdistykset", "kotiseututyö", "vapaaehtoistoiminta"],
        "links": {
            "Kempeleen kulttuurikumppanuuspöytä": "kaytannot/kempeleen-kulttuurikumppanuuspoyta",
            "Sastamalan yhteistyöillat": "kaytannot/sastamalan-yhdistysten-yhteistyoillat",
        },
    },
    {
        "slug": "lahden-kulttuurihyvinvointityopaja",
        "title": "Lahden kulttuurihyvinvointityöpaja: yhteistyön tahto nousi keskiöön",
        "days_from_today": -700,
        "summary": (
            "Lahden kaupungin kulttuurihyvinvointisuunnitelmaa pohjustettiin taide- ja "
            "kulttuuritoimijoiden työpajassa 21.11.2024. Osallistujat toivoivat edullisia tiloja, "
            "yhteistä tietokantaa ja säännöllisiä verkostotapaamisia."
        ),
        "body": (
            "Lahden palvelutorilla järjestettyyn työpajaan osallistui 20 taide- ja kulttuuritoimijaa. "
            "Pajan fasilitoivat Päijät-Hämeen liiton asiantuntijat, ja kaupungin kulttuuripalveluista "
            "mukana oli kulttuurituottaja. Työpajassa tutustuttiin kulttuurihyvinvoinnin käsitteeseen "
            "ja suunnitelmaluonnoksen teemoihin, joita ovat saavutettavuus, yhteistyö, tietopohja ja "
            "uusien toimintamallien kokeilu.\n\n"
            "Onnistuneen yhteistyön elementeiksi nousivat resurssit ja tuki, tavoitteellinen yhteistyö "
            "ja luottamus, osallistaminen ja saavutettavuus, sitoutuminen, tiedonkulku sekä toisilta "
            "oppiminen. Osallistujat toivoivat muun muassa kulttuuripoliittista foorumia ja alueen "
            "kulttuuriekosysteemin kuvaamista.\n\n"
            "Kolme pienryhmää tiivisti yhteensä yhdeksän toimenpide-ehdotusta. Niissä toivottiin, "
            "ettei kulttuurista leikata, että edullisia tiloja olisi tarjolla ja helposti "
            "löydettävissä ja että paikallisille toimijoille perustettaisiin yhteinen tietokanta, joka "
            "myös muistuttaa tietojen päivittämisestä. Lisäksi ehdotettiin verkostotapaamisia "
            "kolmannelle sektorille ja vapaalle kentälle, lasten ja nuorten nostamista keskiöön, "
            "alueellista ekosysteemikuvausta, saavutettavuuden työstämistä yhdessä ja säännöllisesti "
            "kokoontuvaa kulttuuripoliittista foorumia.\n\n"
            "Keskustelussa pohdittiin, näkyykö vapaan kentän toiminta TEAviisarin kyselyvastauksissa "
            "ja miten kaupungin, hyvinvointialueen ja maakunnan liiton roolit jäsentyisivät. Siihen, "
            "miten maahanmuuttajat, vammaiset ja työttömät tavoitetaan, ei löytynyt valmista "
            "vastausta, mutta halu oppia yhdessä oli vahva.\n\n"
            "Huolia rahoituksesta ja tiloista esitettiin, mutta pääpaino oli yhteistyön "
            "tiivistämisessä. Osallistujat halusivat tulla verkostoon jakamaan eivätkä vain "
            "vastaanottamaan, ja useampi lupautui rakentamaan verkostoa. Kaupungilta toivottiin tukea "
            "verkoston alkuvaiheeseen mutta ei ylhäältä johtamista. Lahden käytäntö on kuvattu "
            "tietopankissa."
        ),
        "tags": ["kulttuurihyvinvointi", "työpaja", "lahti", "vapaa kenttä"],
        "links": {"Lahden käytäntö": "kaytannot/lahden-kulttuurihyvinvointisuunnitelma"},
    },
    {
        "slug": "hyvien-kaytantojen-ehdotuslomake-avattu",
        "title": "Kerro kuntasi hyvästä käytännöstä – ehdotuslomake on avattu",
        "days_from_today": -30,
        "summary": (
            "Tietopankkiin voi nyt ehdottaa hyviä käytäntöjä uudella lomakkeella. Lomakkeen voi "
            "täyttää ilman tunnuksia suomeksi, ruotsiksi tai englanniksi."
        ),
        "body": (
            "Kulttuuria yhteistuumin -tietopankki kasvaa kuntien omista käytännöistä. Käytännön voi "
            "ehdottaa ehdotuslomakkeella. Ehdottaa voi "
            "kunnan itse luomia toimintamalleja ja palveluja, yhteistyömalleja yhdistysten, "
            "yritysten tai vapaiden ryhmien kanssa tai useamman kunnan yhteisiä käytäntöjä. "
            "Kaikenlaiset käytännöt ovat tervetulleita, kunhan ne voidaan ottaa käyttöön muualla "
            "Suomessa sellaisenaan tai muokattuna.\n\n"
            "Lomakkeella kuvataan käytännön tausta, toimintatapa, resurssit, tulokset ja opit – myös "
            "se, mikä ei toiminut. Kohderyhmät, taiteenalat, teemat, yhteistyötahot ja TEAviisarin "
            "ulottuvuudet valitaan samoista luokitteluista, joita tietopankissa käytetään. Lomake on "
            "suunniteltu saavutettavaksi, eivätkä kirjoitetut tiedot katoa, vaikka jokin kenttä "
            "pitäisi korjata.\n\n"
            "Ehdotuksen lähettäjä saa vahvistuksen sähköpostiinsa. Toimitus käy ehdotukset läpi, "
            "tarkentaa niitä tarvittaessa yhdessä lähettäjän kanssa ja julkaisee ne tietopankissa. "
            "Yhteyshenkilön tiedot julkaistaan vain hänen luvallaan.\n\n"
            "Jokaiselle käytännölle nimetään omistaja, jota muistutetaan kerran vuodessa "
            "tarkistamaan tiedot. Näin tietopankki pysyy ajan tasalla. Juuri tällaista palvelua, joka "
            "muistuttaa tietojen päivittämisestä, toivottiin esimerkiksi Lahden "
            "kulttuurihyvinvointityöpajassa.\n\n"
            "Toivomme erityisesti ehdotuksia pienistä kunnista ja alueilta, joilta käytäntöjä on vielä "
            "vähän. Tilastosivulta näet, miltä alueilta ja mistä teemoista käytäntöjä jo löytyy."
        ),
        "tags": ["ehdotuslomake", "hyvät käytännöt", "tietopankki"],
        # phrase -> the path below the home page of the page it links to (made by other apps'
        # parts of the demo too, so linked once the whole demo exists)
        "links": {"ehdotuslomakkeella": "ilmoita-kaytanto", "Tilastosivulta": "tilastot"},
    },
    {
        "slug": "webinaarisarja-jatkuu",
        "title": "Webinaarisarja jatkuu: TEAviisari ja pienten kuntien kulttuuripalvelut",
        "days_from_today": -10,
        "summary": (
            "Kulttuuria yhteistuumin -webinaarisarjaan on tulossa kaksi uutta webinaaria. "
            "Ilmoittautuminen molempiin on auki."
        ),
        "body": (
            "Ensimmäisen webinaarin aiheena on kulttuurin TEAviisari kunnan työkaluna. Rovaniemen ja "
            "Lahden kulttuuripalvelut kertovat, miten tuloksia voi käyttää johtamisessa, "
            "suunnittelussa ja hyvinvointikertomuksessa ja miten myös vapaan kentän ja kolmannen "
            "sektorin toiminta saadaan näkyviin.\n\n"
            "Toinen webinaari on suunnattu pienille kunnille, joissa kulttuurista vastaa usein yksi "
            "ihminen muiden töidensä ohella. Puumalan, Pielaveden ja Kemijärven edustajat kertovat, "
            "miten kesäteatteri, kylien muistitietohanke ja neljän kunnan yhteinen kylätalokiertue on "
            "saatu toimimaan.\n\n"
            "Webinaarit ovat maksuttomia ja avoimia kaikille. Tallenteet julkaistaan tekstitettyinä "
            "webinaariarkistossa, josta löytyvät jo kumppanuuspöytiä ja hyvinvointialueen kanssa "
            "tehtävää kulttuurihyvinvointityötä käsitelleet webinaarit.\n\n"
            "Toivoisitko webinaaria jostakin aiheesta, tai haluaisitko kertoa oman kuntasi "
            "käytännöstä? Ota yhteyttä osoitteeseen tietopankki@example.fi."
        ),
        "tags": ["webinaarit", "teaviisari", "pienet kunnat"],
        "links": {
            "Ensimmäisen webinaarin": "webinaarit/kulttuurin-teaviisari-kunnan-tyokaluna",
            "Toinen webinaari": "webinaarit/pienen-kunnan-kulttuuripalvelut",
            "webinaariarkistossa": "webinaarit",
        },
    },
]

# ---------------------------------------------------------------------------------------------
# Standard pages: about, accessibility statement, privacy notice
# ---------------------------------------------------------------------------------------------

STANDARD_PAGES = [
    {
        "slug": "tietoa-palvelusta",
        "title": "Tietoa palvelusta",
        "summary": (
            "Kulttuuria yhteistuumin -tietopankki on valtakunnallinen tietopankki kuntien "
            "kulttuuripalveluiden hyvistä käytännöistä. Sen kaikki sisältö on vapaasti käytettävissä "
            "ja jaettavissa."
        ),
        "body": (
            "Tietopankki kokoaa kuntien kulttuuripalveluiden hyviä käytäntöjä eri puolilta Suomea, "
            "pienistä kunnista suuriin kaupunkeihin ja etelästä pohjoiseen. Käytäntöjen lisäksi "
            "palvelussa julkaistaan webinaaritallenteita, kuntavierailujen yhteenvetoja ja "
            "ajankohtaisia uutisia.\n\n"
            "Palvelu on osa valtakunnallista Kulttuuria yhteistuumin -kehittämistehtävää. Opetus- ja "
            "kulttuuriministeriö osoitti tehtävän Espoon kaupungille kuntien kulttuuritoiminnasta "
            "annetun lain (166/2019) 6 §:n nojalla. Espoo toteuttaa tehtävää yhdessä "
            "asiantuntijakumppaneidensa Turun ja Rovaniemen kaupunkien kanssa. Turku tuo mukaan "
            "pitkän kokemuksensa kulttuurihyvinvoinnista, Rovaniemi pohjoisen näkökulman ja "
            "osaamisensa poikkihallinnollisesta yhteistyöstä. Tehtävää tukevat Kuntaliitto ja Taiteen "
            "edistämiskeskus.\n\n"
            "Kehittämistehtävän tavoitteena on tukea kuntien kulttuuritoiminnan laatua ja "
            "vaikuttavuutta, henkilöstön osaamista, asukkaiden yhdenvertaisuutta ja kuntien "
            "keskinäistä yhteistyötä. Tehtävä järjestää webinaareja ja kuntavierailuja, joilla 10–20 "
            "kulttuuripalveluiden työntekijää tutustuu puolentoista päivän ajan toisen kunnan hyvään "
            "käytäntöön. Kunnat voivat myös pyytää sparrausapua tai tarjoutua itse sparraajiksi "
            "muille kunnille.\n\n"
            "Onnistuminen edellyttää jakamisen ja luottamuksen kulttuuria. Yksikään kaupunki ei yksin "
            "pysty löytämään ja jakamaan kaikkia Suomessa käytössä olevia hyviä toimintamalleja, vaan "
            "siihen tarvitaan kaikki kunnat. Malleja ei myöskään voi siirtää sellaisenaan kunnasta "
            "toiseen, sillä jokaisen kunnan henkilöstö tuntee parhaiten oman kuntansa historian, "
            "mahdollisuudet ja tarpeet. Siksi käytäntöjen kuvauksissa kerrotaan myös, miten ne voi "
            "sovittaa omaan kuntaan ja mikä ei toiminut.\n\n"
            "Kunnat ehdottavat käytäntöjä itse avoimella lomakkeella. Toimitus tarkistaa ehdotukset "
            "ennen julkaisua. Jokaisella käytännöllä on omistaja, jota muistutetaan säännöllisesti "
            "tarkistamaan tiedot. Kehittämistehtävän vaikutuksia arvioidaan kulttuurin TEAviisarin "
            "avulla.\n\n"
            "Kaikki tietopankin sisältö on julkaistu Creative Commons Nimeä 4.0 Kansainvälinen "
            "-lisenssillä (CC BY 4.0). Saat kopioida, jakaa, muokata ja käyttää sisältöä mihin "
            "tahansa tarkoitukseen, myös kaupallisesti, kunhan mainitset lähteeksi Kulttuuria "
            "yhteistuumin -tietopankin ja lisenssin. Sisältö on saatavilla myös avoimena datana "
            "rajapinnan, CSV- ja JSON-tiedostojen sekä RSS- ja Atom-syötteiden kautta. Yhteyshenkilöiden "
            "tietoja ei julkaista missään muodossa ilman heidän lupaansa.\n\n"
            "Yhteystiedot: Kulttuuria yhteistuumin -kehittämistehtävä, Espoon kaupunki, "
            "kulttuuripalvelut. Sähköposti: tietopankki@example.fi."
        ),
    },
    {
        "slug": "saavutettavuusseloste",
        "title": "Saavutettavuusseloste",
        "summary": (
            "Tämä saavutettavuusseloste koskee Kulttuuria yhteistuumin -tietopankkia. Haluamme, että "
            "kuka tahansa voi käyttää palvelua vaivatta."
        ),
        "body": (
            "Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkisen "
            "sektorin verkkopalvelut ovat saavutettavia. Tässä selosteessa kerrotaan, miten "
            "Kulttuuria yhteistuumin -tietopankki täyttää lain vaatimukset, mitkä sen osat eivät vielä "
            "ole saavutettavia ja miten voit antaa meille palautetta saavutettavuusongelmista.\n\n"
            "Saavutettavuuden tila\n\n"
            "Verkkopalvelu täyttää osittain WCAG 2.1 -ohjeiston AA-tason saavutettavuusvaatimukset. "
            "Palvelu on suunniteltu saavutettavaksi alusta alkaen: sitä voi käyttää pelkällä "
            "näppäimistöllä ja ruudunlukijalla, tekstiä voi suurentaa 200 prosenttiin ilman, että "
            "sisältöä katoaa, ja tekstien värikontrastit täyttävät vaatimukset. Webinaaritallenteissa "
            "on tekstitys ja litterointi, ja kuvilla on tekstivastineet.\n\n"
            "Sisältö, joka ei ole saavutettavaa\n\n"
            "Kuntien toimittamat liitetiedostot: Osa käytäntöjen liitteinä julkaistuista "
            "PDF-tiedostoista on kuntien itse laatimia, eikä niissä ole otsikkorakennetta tai kuvien "
            "tekstivastineita (WCAG 1.1.1 ja 1.3.1). Pyydämme kunnilta saavutettavat versiot. "
            "Liitteen keskeinen sisältö on kuvattu käytännön sivulla tekstinä.\n\n"
            "Webinaaritallenteiden tekstitys: Vanhimpien webinaaritallenteiden tekstitys on tuotettu "
            "automaattisesti, ja siinä voi olla virheitä (WCAG 1.2.2). Tarkistetut tekstitykset "
            "julkaistaan sitä mukaa kuin ne valmistuvat. Jokaisesta tallenteesta on saatavilla "
            "litterointi.\n\n"
            "Tilastosivun kartta: Alueittaisen tilaston karttanäkymässä kaikkien värisävyjen kontrasti "
            "ei täytä käyttöliittymäkomponenttien ja grafiikan kontrastivaatimusta (WCAG 1.4.11). "
            "Samat tiedot ovat saatavilla kartan alla taulukkona.\n\n"
            "Upotettu videosoitin: Webinaaritallenteiden videosoitin on kolmannen osapuolen palvelu, "
            "jonka kaikkien painikkeiden nimet eivät ole ruudunlukijalla ymmärrettäviä (WCAG 4.1.2). "
            "Tallenteen voi avata myös suoraan videopalvelussa.\n\n"
            "Lain soveltamisalan ulkopuolinen sisältö: Ennen 23.9.2020 julkaistut tallenteet eivät "
            "kuulu lain soveltamisalaan. Toimitamme niistä pyynnöstä tekstivastineen.\n\n"
            "Selosteen laatiminen\n\n"
            "Seloste on laadittu 15.1.2026 ja päivitetty viimeksi 2.10.2026. Palvelun saavutettavuus "
            "on arvioitu itsearviointina sekä ulkopuolisen asiantuntijan tekemänä arviointina.\n\n"
            "Palaute ja yhteystiedot\n\n"
            "Huomasitko saavutettavuuspuutteen? Kerro siitä meille, niin teemme parhaamme sen "
            "korjaamiseksi. Voit myös pyytää saavutettavuusvaatimusten ulkopuolelle jäävää sisältöä "
            "toisessa muodossa. Lähetä palaute sähköpostilla osoitteeseen saavutettavuus@example.fi. "
            "Vastaamme 14 päivän kuluessa.\n\n"
            "Valvontaviranomainen\n\n"
            "Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole "
            "tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon kuluessa, "
            "voit tehdä ilmoituksen valvontaviranomaiselle. Valvontaviranomainen on Liikenne- ja "
            "viestintävirasto Traficom, saavutettavuusvalvonta. Aiemmin tehtävää hoiti Etelä-Suomen "
            "aluehallintovirasto. Valvontaviranomaisen ajantasaiset yhteystiedot löytyvät Traficomin "
            "verkkosivuilta."
        ),
    },
    {
        "slug": "tietosuojaseloste",
        "title": "Tietosuojaseloste",
        "summary": (
            "Tässä selosteessa kerrotaan, mitä henkilötietoja Kulttuuria yhteistuumin -tietopankki "
            "käsittelee, miksi ja kuinka kauan sekä mitä oikeuksia sinulla on. Seloste perustuu EU:n "
            "yleiseen tietosuoja-asetukseen (2016/679)."
        ),
        "body": (
            "Rekisterinpitäjä\n\n"
            "Espoon kaupunki, kulttuuripalvelut, Kulttuuria yhteistuumin -kehittämistehtävä. "
            "Yhteydenotot: tietopankki@example.fi. Tietosuojavastaava: tietosuoja@example.fi.\n\n"
            "Mitä tietoja käsittelemme\n\n"
            "Hyvän käytännön ehdotukset: ehdottajan nimi, sähköpostiosoite, puhelinnumero (jos "
            "ehdottaja antaa sen), organisaatio ja tehtävänimike sekä ehdotuksen sisältö.\n\n"
            "Käytäntöjen yhteyshenkilöt: nimi, tehtävänimike, organisaatio, sähköpostiosoite ja "
            "puhelinnumero sekä tieto siitä, onko henkilö antanut luvan tietojensa julkaisemiseen.\n\n"
            "Käytäntöjen omistajat: sähköpostiosoite, johon lähetetään muistutukset tietojen "
            "tarkistamisesta.\n\n"
            "Kuntavierailujen hakemukset: hakijan nimi, yhteystiedot, kunta ja tehtävä, tieto matka- "
            "ja majoitustuen hakemisesta sekä hakijan itse ilmoittamat ruokavaliotiedot.\n\n"
            "Sparrauspyynnöt ja -tarjoukset: yhteyshenkilön nimi, yhteystiedot, kunta ja viestin "
            "sisältö.\n\n"
            "Tekniset tiedot: palvelimen lokitiedot, kuten IP-osoite ja käyntiaika, joita tarvitaan "
            "palvelun turvallisuuden varmistamiseen. Palvelu käyttää vain toimintansa kannalta "
            "välttämättömiä evästeitä.\n\n"
            "Käsittelyn tarkoitus ja oikeusperuste\n\n"
            "Tietoja käsitellään ehdotusten käsittelyä, käytäntöjen julkaisemista ja ajantasaisuuden "
            "ylläpitoa, kuntavierailujen ja sparrauksen järjestämistä sekä yhteydenpitoa varten. "
            "Käsittely perustuu kehittämistehtävän hoitamiseen yleisen edun mukaisena tehtävänä "
            "(tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta). Yhteyshenkilön tiedot julkaistaan "
            "vain hänen suostumuksellaan (6 artiklan 1 kohdan a alakohta).\n\n"
            "Tietojen julkaiseminen\n\n"
            "Yhteyshenkilön nimi, tehtävänimike, organisaatio, sähköpostiosoite ja puhelinnumero "
            "näytetään käytännön sivulla vain, jos hän on antanut siihen luvan. Ilman lupaa tietoja ei "
            "näytetä sivuilla, hakutuloksissa, rajapinnassa eikä avoimen datan tiedostoissa, ja "
            "toimitus käyttää niitä vain yhteydenpitoon. Ehdottajien, käytäntöjen omistajien ja "
            "kuntavierailujen hakijoiden tietoja ei julkaista koskaan. Suostumuksen voi perua milloin "
            "tahansa ilmoittamalla siitä osoitteeseen tietopankki@example.fi.\n\n"
            "Säilytysajat\n\n"
            "Ehdotusten, joiden pohjalta ei julkaista käytäntöä, peruttujen vierailuhakemusten, "
            "suljettujen sparrauspyyntöjen ja peruttujen sparraustarjousten henkilötiedot poistetaan "
            "12 kuukauden kuluttua käsittelyn päättymisestä. Muiden ehdotusten ja sparrauspyyntöjen "
            "henkilötiedot poistetaan kahden vuoden kuluttua niiden saapumisesta; julkaistun käytännön "
            "yhteyshenkilön tiedot säilyvät käytäntösivulla niin kauan kuin käytäntö on julkaistuna. "
            "Kuntavierailujen hakemukset säilytetään kaksi vuotta vierailun jälkeen kehittämistehtävän "
            "raportointia varten, mutta ruokavalio- ja saavutettavuustiedot poistetaan heti vierailun "
            "jälkeen. Palvelimen lokitiedot säilytetään 90 päivää.\n\n"
            "Tietojen luovuttaminen ja siirrot\n\n"
            "Tietoja ei luovuteta eikä myydä ulkopuolisille. Palvelun tekninen ylläpitäjä käsittelee "
            "tietoja rekisterinpitäjän lukuun sopimuksen perusteella. Tietoja ei siirretä Euroopan "
            "unionin tai Euroopan talousalueen ulkopuolelle. Roskapostin torjuntaan ei käytetä "
            "kolmansien osapuolten palveluja.\n\n"
            "Sinun oikeutesi\n\n"
            "Sinulla on oikeus tarkastaa itseäsi koskevat tiedot, vaatia virheellisten tietojen "
            "oikaisemista, vaatia tietojen poistamista tai käsittelyn rajoittamista, vastustaa "
            "käsittelyä ja perua antamasi suostumus. Pyynnöt voi lähettää osoitteeseen "
            "tietopankki@example.fi. Jos katsot, että henkilötietojesi käsittelyssä rikotaan "
            "tietosuojasäädöksiä, voit tehdä valituksen tietosuojavaltuutetun toimistolle."
        ),
    },
]

# ---------------------------------------------------------------------------------------------
# Translations (sv = Finland-Swedish, en = British English), keyed by the Finnish slug
# ---------------------------------------------------------------------------------------------

TRANSLATIONS = {
    "kuntavierailu-rovaniemi": {
        "sv": {
            "slug": "kommunbesok-rovaniemi",
            "title": "Kommunbesök i Rovaniemi: kulturell välfärd i kommuner med långa avstånd",
            "summary": (
                "Besöket presenterar Rovaniemis sektorsövergripande arbetsgrupp för kulturell välfärd "
                "och den gemensamma byhusturnén i Östra Lappland. Ansökan är öppen och 16 kommuner "
                "ryms med."
            ),
            "body": (
                "Kommunbesöket i Rovaniemi är avsett för anställda som ansvarar för kommunens "
                "kulturtjänster och vill stärka kulturens plats i kommunens välfärdsledning eller "
                "utveckla kulturtjänster i glesbygden.\n\n"
                "Den första dagen bekantar sig deltagarna med Rovaniemis arbetsgrupp för kulturell "
                "välfärd, som härleder sina mål ur kulturens TEAviisari, och med byhusturnén som fyra "
                "kommuner i Östra Lappland ordnar tillsammans. Den andra dagen granskar varje deltagare "
                "i en workshop med extern handledare sin egen kommuns TEAviisari-resultat och väljer "
                "två utvecklingsområden.\n\n"
                "En anställd inom kulturtjänsterna per kommun kan ansöka. Platserna är 16 och fylls i "
                "den ordning ansökningarna kommer. När platserna är fulla hamnar ansökningarna på en "
                "reservlista, och nästa på listan får platsen om någon avbokar. Stöd för rese- och "
                "logikostnader kan sökas i samband med ansökan."
            ),
        },
        "en": {
            "slug": "municipality-visit-rovaniemi",
            "title": "Municipality visit to Rovaniemi: cultural wellbeing in municipalities of long distances",
            "summary": (
                "The visit introduces Rovaniemi's cross-sector working group on cultural wellbeing and "
                "the joint village hall tour of East Lapland. Applications are open, with room for 16 "
                "municipalities."
            ),
            "body": (
                "The municipality visit to Rovaniemi is meant for staff responsible for a "
                "municipality's culture services who want to strengthen the place of culture in the "
                "municipality's wellbeing management or develop culture services in sparsely "
                "populated areas.\n\n"
                "On the first day participants meet Rovaniemi's working group on cultural wellbeing, "
                "which sets its goals from the culture TEAviisari, and the village hall tour four East "
                "Lapland municipalities run together. On the second day, in a workshop led by an "
                "outside facilitator, each participant looks at their own municipality's TEAviisari "
                "results and chooses two areas to develop.\n\n"
                "One culture services employee per municipality may apply. There are 16 places, filled "
                "in the order applications arrive. When they are full, applications go on a waiting "
                "list, and the next on the list gets the place if someone cancels. Support for travel "
                "and accommodation costs can be requested with the application."
            ),
        },
    },
    "narpion-kulttuurikaruselli": {
        "sv": {
            "slug": "kulturkarusellen-for-byskolor",
            "title": "Kulturkarusellen för byskolor",
            "summary": (
                "Kulturkarusellen i Närpes för ut konstnärer och kulturarvsverkstäder till "
                "byskolorna, så att varje elev deltar i tre verkstäder under läsåret. Verksamheten "
                "är svenskspråkig och ordnas tillsammans med lokala föreningar."
            ),
            "background": (
                "I Närpes finns flera små svenskspråkiga byskolor med lång väg till kulturutbudet i "
                "centrum och i Vasa. Skolornas egna anslag för kulturbesök var små, och skjutsarna "
                "tog en stor del av dem.\n\n"
                "Samtidigt har byarna ett starkt lokalt kulturarv, som den egna dialekten, "
                "hantverkstraditionen och hembygdsföreningarnas samlingar."
            ),
            "how_it_works": (
                "Läsåret delas in i tre perioder. Under varje period besöker en konstnär eller "
                "kulturarvsaktör alla byskolor och stannar två eller tre dagar i varje skola. "
                "Eleverna behöver inte resa, utan karusellen kommer till skolan. Verkstäderna har "
                "handlat om till exempel serieteckning, folkdans, växthusodlingens historia och den "
                "lokala dialekten med ordkonstens metoder.\n\n"
                "Hembygdsföreningarna öppnar sina samlingar och tar med sig berättare. I slutet av "
                "läsåret ställs elevernas arbeten ut på biblioteket."
            ),
            "resources": (
                "Konstnärsarvoden och material kostar cirka 12 000 euro per läsår. Finansieringen "
                "kommer från stadens bildningsväsende och delvis från stiftelsebidrag. Samordningen "
                "ingår i kultursekreterarens uppgifter."
            ),
            "results": (
                "Karusellen når varje år cirka 450 elever i sex skolor. Lärare och elever ger respons "
                "efter varje period, och över 80 procent av eleverna har bedömt verkstäderna som bra "
                "eller utmärkta. Flera föreningar har fått nya unga medlemmar genom karusellen."
            ),
            "adoption": (
                "Modellen passar kommuner med flera små skolor och långa avstånd. Kom överens med "
                "skolorna om tidtabellen redan våren innan, och välj konstnärer som kan anpassa sin "
                "verkstad till grupper av olika storlek. Bjud in de lokala föreningarna redan i "
                "planeringsskedet."
            ),
            "lessons_learned": (
                "När konstnären kommer till skolan kan hela skolan delta och skjutskostnaderna "
                "uteblir. Det lokala kulturarvet engagerar eleverna när det kombineras med "
                "samtidskonstens metoder. I en tvåspråkig kommun lönar det sig att se till att samma "
                "innehåll också erbjuds de finskspråkiga eleverna."
            ),
            "what_did_not_work": (
                "I början prövade vi verkstäder på en dag, men de blev för ytliga. I dag stannar "
                "konstnären två eller tre dagar i samma skola."
            ),
        },
        "en": {
            "slug": "culture-carousel-for-village-schools",
            "title": "Culture Carousel for village schools",
            "summary": (
                "The Culture Carousel in Närpes brings artists and cultural heritage workshops to "
                "village schools, so that every pupil takes part in three workshops during the school "
                "year. It runs in Swedish and is organised together with local associations."
            ),
            "background": (
                "Närpes has several small Swedish-speaking village schools a long way from the "
                "cultural offer in the town centre and in Vaasa. The schools' own budgets for "
                "cultural visits were small, and transport took up a large share of them.\n\n"
                "At the same time, the villages have a strong local heritage, such as their own "
                "dialect, craft traditions and the collections of local heritage societies."
            ),
            "how_it_works": (
                "The school year is divided into three periods. In each period one artist or heritage "
                "practitioner tours all the village schools, spending two or three days at each. "
                "Pupils do not travel: the carousel comes to the school. Workshops have covered, for "
                "example, comics, folk dance, the history of greenhouse growing and the local dialect "
                "explored through literary arts.\n\n"
                "Local heritage societies open their collections and bring storytellers along. At the "
                "end of the school year the pupils' work is exhibited at the library."
            ),
            "resources": (
                "Artists' fees and materials cost about €12,000 per school year. Funding comes from "
                "the town's education and culture department and partly from foundation grants. "
                "Coordination is part of the cultural secretary's job."
            ),
            "results": (
                "The carousel reaches about 450 pupils in six schools every year. Teachers and pupils "
                "give feedback after each period, and more than 80% of pupils have rated the "
                "workshops good or excellent. Several associations have gained new young members "
                "through the carousel."
            ),
            "adoption": (
                "The model suits municipalities with several small schools and long distances. Agree "
                "the timetable with the schools the spring before, and choose artists who can adapt "
                "their workshop to groups of different sizes. Involve local associations from the "
                "planning stage."
            ),
            "lessons_learned": (
                "When the artist comes to the school, the whole school can take part and transport "
                "costs are saved. Local heritage engages pupils when it is combined with the methods "
                "of contemporary art. In a bilingual municipality, make sure the same content is also "
                "offered to Finnish-speaking pupils."
            ),
            "what_did_not_work": (
                "At first we tried one-day workshops, but they stayed too superficial. Now the artist "
                "spends two or three days at the same school."
            ),
        },
    },
    "hoivakotien-taiteilijaresidenssi-pietarsaaren-seutu": {
        "sv": {
            "slug": "konstnarsresidens-pa-vardhem-i-jakobstadsregionen",
            "title": "Konstnärsresidens på vårdhem i Jakobstadsregionen",
            "summary": (
                "Fyra österbottniska kommuner ordnar tillsammans med välfärdsområdet åtta veckor "
                "långa residens för professionella konstnärer på vårdhem. Konstnären arbetar med de "
                "boende, anhöriga och personalen, och perioden avslutas med en gemensam föreställning "
                "eller utställning."
            ),
            "background": (
                "I de boendes vardag bestod kulturen av enstaka gästföreställningar där de boende "
                "satt i publiken. Personalen önskade verksamhet där också boende med minnessjukdom "
                "och sängliggande boende kunde delta på sina egna villkor.\n\n"
                "Kommunerna i regionen är tvåspråkiga och de flesta boende talar svenska, så "
                "verksamheten måste fungera på båda språken."
            ),
            "how_it_works": (
                "Kommunerna väljer varje år fyra konstnärer genom en öppen ansökan. Var och en arbetar "
                "åtta veckor på ett vårdhem tre dagar i veckan. Konstnären lär först känna de boende "
                "och husets vardag, och innehållet byggs upp kring de boendes minnen, önskemål och "
                "sinnesupplevelser.\n\n"
                "Bland personalen utses en kulturkontaktperson som deltar i arbetet och fortsätter "
                "använda metoderna efter residenset. Perioden avslutas med ett öppet evenemang dit "
                "anhöriga och närboende bjuds in."
            ),
            "resources": (
                "Konstnärens arvode är 4 000 euro per period, och 500 euro reserveras för material. "
                "Årsbudgeten är cirka 20 000 euro, och de fyra kommunerna delar på den enligt "
                "invånarantal. Österbottens välfärdsområde bidrar med personalens arbetstid."
            ),
            "results": (
                "Sedan 2021 har residens genomförts på 18 vårdhem, och cirka 500 boende har deltagit. "
                "I en utvärdering som gjordes som examensarbete vid en yrkeshögskola konstaterade "
                "personalen att de boendes interaktion och vakenhet ökade under residenset.\n\n"
                "På många vårdhem har de metoder som konstnären lärde ut, till exempel musikstunder "
                "och minnescirklar, blivit bestående."
            ),
            "adoption": (
                "Kom på förhand överens med vårdhemmen om vad residenset kräver av dem: ett "
                "utrymme, en kontaktperson och tid från personalen. Välj konstnärer med erfarenhet av "
                "gemenskapsbaserat arbete, eller erbjud dem en introduktion. En gemensam ansökan för "
                "grannkommunerna lockar fler sökande och fördelar det administrativa arbetet."
            ),
            "lessons_learned": (
                "På åtta veckor hinner ett förtroende växa fram; kortare perioder blev lösryckta. "
                "Personalens deltagande avgör om residenset lämnar bestående spår. Tvåspråkigheten "
                "var inget hinder, eftersom konstnärerna fick använda båda språken och många ordlösa "
                "metoder."
            ),
            "what_did_not_work": (
                "På ett vårdhem infördes residenset under semesterperioden, och samarbetet med "
                "vikarierna fungerade inte. I dag förläggs residensen till hösten och våren."
            ),
        },
        "en": {
            "slug": "artist-residencies-in-care-homes-jakobstad-region",
            "title": "Artist residencies in care homes in the Jakobstad region",
            "summary": (
                "Four Ostrobothnian municipalities and the wellbeing services county bring a "
                "professional artist to a care home for an eight-week residency. The artist works "
                "with residents, relatives and staff, and the residency ends in a shared performance "
                "or exhibition."
            ),
            "background": (
                "Culture in care home residents' daily lives consisted of occasional visiting "
                "performances with the residents as the audience. Staff wanted activities that "
                "residents with dementia and bedridden residents could also take part in on their own "
                "terms.\n\n"
                "The municipalities in the region are bilingual and most residents speak Swedish, so "
                "the activity had to work in both languages."
            ),
            "how_it_works": (
                "Each year the municipalities select four artists through an open call. Each works "
                "for eight weeks in one care home, three days a week. The artist first gets to know "
                "the residents and the daily routine of the home, and the content is built from the "
                "residents' memories, wishes and sensory experiences.\n\n"
                "A member of staff is named cultural contact person; they take part in the work and "
                "keep using the methods after the residency. Each residency ends with an open event "
                "for relatives and local residents."
            ),
            "resources": (
                "The artist's fee is €4,000 per residency, with €500 set aside for materials. The "
                "annual budget is about €20,000, shared by the four municipalities in proportion to "
                "population. The Ostrobothnia wellbeing services county contributes staff time."
            ),
            "results": (
                "Since 2021 residencies have been held in 18 care homes, and about 500 residents have "
                "taken part. In an evaluation carried out as a university of applied sciences thesis, "
                "staff observed that residents' interaction and alertness increased during the "
                "residency.\n\n"
                "In many care homes the methods the artist taught, such as music sessions and "
                "reminiscence circles, have become part of everyday life."
            ),
            "adoption": (
                "Agree with the care homes in advance what a residency requires of them: a room, a "
                "contact person and staff time. Choose artists with experience of community-based "
                "work, or give them an induction. A joint open call by neighbouring municipalities "
                "attracts more applicants and shares the administrative work."
            ),
            "lessons_learned": (
                "Eight weeks is long enough for trust to grow; shorter residencies felt disconnected. "
                "Staff involvement decides whether a residency leaves a lasting mark. Bilingualism was "
                "no obstacle, as artists could use both languages and many non-verbal methods."
            ),
            "what_did_not_work": (
                "In one care home the residency fell in the summer holiday season, and working with "
                "temporary staff did not succeed. Residencies are now held in autumn and spring."
            ),
        },
    },
    "porvoon-kaksikielinen-lukupiiri": {
        "sv": {
            "slug": "tvasprakig-lasecirkel-for-invandrare",
            "title": "Tvåspråkig läsecirkel för invandrare på biblioteket",
            "summary": (
                "Läsecirkeln på Borgå stadsbibliotek samlar varje vecka invandrare som lär sig finska "
                "eller svenska för att läsa lättlästa böcker tillsammans med frivilliga. Deltagaren "
                "väljer själv på vilket av de inhemska språken hen läser."
            ),
            "background": (
                "I Borgå måste invandrare ofta fundera på om de ska lära sig finska eller svenska, och "
                "efter språkkurserna finns det få tillfällen att öva på att tala. Biblioteket märkte "
                "att många som avslutat integrationsutbildningen besökte biblioteket ensamma och inte "
                "kände andra besökare.\n\n"
                "Biblioteket ville erbjuda ett avgiftsfritt, regelbundet och avslappnat sätt att "
                "använda språket och bekanta sig med litteratur från Finland."
            ),
            "how_it_works": (
                "Läsecirkeln träffas i huvudbiblioteket varje onsdagskväll i en och en halv timme. "
                "Deltagarna sitter vid finskspråkiga och svenskspråkiga bord, där man läser högt ur en "
                "lättläst bok eller novell och samtalar om den under ledning av en frivillig.\n\n"
                "Ledarna är utbildade frivilliga, till exempel pensionerade lärare. Bibliotekarien "
                "väljer böckerna, skaffar flera exemplar till cirkeln och ordnar ett författarbesök "
                "en gång per termin."
            ),
            "resources": (
                "Bibliotekarien använder cirka fyra timmar i veckan till cirkeln. För serieinköp av "
                "lättlästa böcker används cirka 1 500 euro per år. De frivilliga utbildas tillsammans "
                "med en lokal organisation."
            ),
            "results": (
                "Varje vecka deltar 15–25 personer från över tio språkgrupper, och under ett år deltar "
                "cirka 120 olika personer. Enligt responsen har modet att tala ökat och biblioteket "
                "blivit bekant. En del deltagare har hittat bibliotekets andra evenemang, och några har "
                "själva blivit frivilliga."
            ),
            "adoption": (
                "Du behöver ett utrymme, flera exemplar av lättlästa böcker och 2–4 engagerade "
                "frivilliga. I en tvåspråkig kommun lönar det sig att erbjuda båda de inhemska språken "
                "från början. Samarbeta med integrationstjänsterna och medborgarinstitutet så att "
                "informationen om cirkeln når rätt personer."
            ),
            "lessons_learned": (
                "Små, stabila bordsgrupper skapar trygghet, och deltagarna kommer tillbaka för de "
                "bekanta ansiktenas skull. Kaffet och det fria samtalet i slutet är lika viktiga som "
                "läsningen. Lättlästa böcker måste köpas in i serier, eftersom ett exemplar inte räcker "
                "för gemensam läsning."
            ),
            "what_did_not_work": (
                "En läsecirkel på lördagsförmiddagar nådde ingen, eftersom många deltagare arbetar "
                "då. De första böckerna var också för långa; i dag läser vi korta texter som hinner "
                "behandlas under en träff."
            ),
        },
        "en": {
            "slug": "bilingual-reading-circle-for-immigrants",
            "title": "Bilingual reading circle for immigrants at the library",
            "summary": (
                "Every week the Porvoo City Library reading circle brings together immigrants who are "
                "learning Finnish or Swedish to read easy-to-read books with volunteers. Participants "
                "choose which of the two national languages they read in."
            ),
            "background": (
                "In Porvoo, immigrants often have to decide whether to learn Finnish or Swedish, and "
                "once language courses end there are few places to practise speaking. The library "
                "noticed that many people who had finished their integration training visited the "
                "library alone and did not know other visitors.\n\n"
                "The library wanted to offer a free, regular and relaxed way to use the language and "
                "get to know literature from Finland."
            ),
            "how_it_works": (
                "The reading circle meets at the main library every Wednesday evening for an hour and "
                "a half. Participants sit at Finnish-language and Swedish-language tables, where they "
                "read an easy-to-read book or short story aloud and discuss it, led by a volunteer.\n\n"
                "The leaders are trained volunteers, for example retired teachers. A librarian chooses "
                "the books, buys several copies for the circle and arranges an author visit once a "
                "term."
            ),
            "resources": (
                "The librarian spends about four hours a week on the circle. About €1,500 a year goes "
                "on sets of easy-to-read books. Volunteers are trained together with a local "
                "organisation."
            ),
            "results": (
                "Between 15 and 25 people from more than ten language groups take part each week, and "
                "about 120 different people over a year. Feedback shows that participants have grown "
                "more confident speaking and that the library has become familiar to them. Some have "
                "found the library's other events, and a few have become volunteers themselves."
            ),
            "adoption": (
                "You need a room, several copies of easy-to-read books and two to four committed "
                "volunteers. In a bilingual municipality, offer both national languages from the "
                "start. Work with integration services and the adult education centre so that word "
                "of the circle reaches the right people."
            ),
            "lessons_learned": (
                "Small, stable table groups create a sense of safety, and people come back because of "
                "the familiar faces. The coffee and free conversation at the end matter as much as "
                "the reading. Easy-to-read books have to be bought in sets, as a single copy is not "
                "enough for reading together."
            ),
            "what_did_not_work": (
                "A Saturday-morning circle reached no one, because many participants work then. The "
                "first books were also too long; we now read short texts that can be covered in a "
                "single session."
            ),
        },
    },
    "turun-kulttuuriluotsit": {
        "sv": {
            "slug": "kulturlotsar-for-aldre",
            "title": "Kulturlotsar som kulturkompisar för äldre",
            "hero_image_alt": "Teckning: två figurer sida vid sida och bredvid dem ett konserthus prytt med pelare.",
            "summary": (
                "Utbildade frivilliga kulturlotsar följer med äldre åbobor på konsert, utställning "
                "eller teater. Staden utbildar och stöder lotsarna, och kulturinstitutionerna ger "
                "avgiftsfria biljetter."
            ),
            "background": (
                "Många äldre åbobor avstår från kulturevenemang eftersom det känns svårt att gå "
                "ensam, det är osäkert att ta sig fram eller för att de saknar sällskap. I enkäter om "
                "kulturell välfärd framkom ensamhet och brist på sällskap som de största hindren för "
                "att delta.\n\n"
                "Samtidigt fanns det i staden många nyblivna pensionärer som ville göra meningsfullt "
                "frivilligarbete."
            ),
            "how_it_works": (
                "Kulturtjänsterna rekryterar de frivilliga lotsarna och utbildar dem under två "
                "kvällar. Utbildningen tar bland annat upp bemötande, minnessjukdomar, tillgänglighet "
                "och den frivilliges gränser. Stadsbon eller en anhörig beställer en lots per telefon "
                "eller via en webbblankett, och koordinatorn hittar en lämplig lots.\n\n"
                "Lotsen och kunden väljer tillsammans vart de ska gå, och kulturinstitutionerna ger "
                "båda en avgiftsfri biljett. Lotsarna träffas varje månad för kamratstöd, och en gång "
                "om året ordnas en tackfest. Verksamheten finns på både finska och svenska."
            ),
            "resources": (
                "Koordinatorns arbetsinsats motsvarar ungefär ett halvt årsverke. Utbildningar, "
                "försäkringar och kamratträffar kostar cirka 6 000 euro per år. Biljetterna är "
                "kulturinstitutionernas egen insats, och lotsarna får biljetter till kollektivtrafiken."
            ),
            "results": (
                "Varje år är cirka 80 lotsar aktiva, och det blir omkring 1 200 besök. I en extern "
                "utvärdering 2023 berättade kunderna att ensamheten hade minskat och att det blivit "
                "lättare att komma ut hemifrån. Lotsarna upplevde verksamheten som meningsfull.\n\n"
                "Modellen har också tagits i bruk i grannkommunerna."
            ),
            "adoption": (
                "Verksamheten behöver en utsedd koordinator som ansvarar för rekrytering, utbildning "
                "och beställningar. Enbart med ett nätverk av frivilliga håller modellen inte. Gör en "
                "skriftlig överenskommelse om biljetterna med kulturinstitutionerna. I en mindre "
                "kommun kan lotsverksamheten vara en del av bibliotekets eller en lokal organisations "
                "frivilligverksamhet."
            ),
            "lessons_learned": (
                "Ett fast par av lots och kund fungerar bättre än ett sällskap som byts varje gång. "
                "Kamratträffarna avgör i hög grad om lotsarna stannar kvar. Tvåspråkigheten bör "
                "planeras från början så att svenskspråkiga kunder får service på sitt eget språk."
            ),
            "what_did_not_work": (
                "Webbblanketten nådde inte ensam målgruppen, utan de flesta beställningar kommer "
                "fortfarande per telefon eller via hemvården och anhöriga. När verksamheten skulle "
                "utvidgas till vårdhem med samma lotsar blev belastningen för stor för de frivilliga."
            ),
        },
        "en": {
            "slug": "culture-guides-for-older-people",
            "title": "Culture guides as companions for older people",
            "hero_image_alt": "Drawing: two figures side by side and beside them a concert hall decorated with columns.",
            "summary": (
                "Trained volunteer culture guides accompany older residents of Turku to concerts, "
                "exhibitions and the theatre. The city trains and supports the guides, and cultural "
                "institutions provide free tickets."
            ),
            "background": (
                "Many older people in Turku miss out on cultural events because going alone feels "
                "hard, getting about is uncertain or they have no one to go with. In surveys on "
                "cultural wellbeing, loneliness and lack of company emerged as the biggest barriers "
                "to taking part.\n\n"
                "At the same time, many recently retired people in the city wanted to do meaningful "
                "voluntary work."
            ),
            "how_it_works": (
                "The city's cultural services recruit the volunteer guides and train them over two "
                "evenings, covering among other things how to meet people, dementia, accessibility "
                "and a volunteer's boundaries. A resident or a relative orders a guide by phone or "
                "through an online form, and the coordinator finds a suitable guide.\n\n"
                "The guide and the client choose together where to go, and the cultural institutions "
                "give both a free ticket. Guides meet every month for peer support, and there is a "
                "thank-you event once a year. The service runs in both Finnish and Swedish."
            ),
            "resources": (
                "The coordinator's input is about half a full-time post. Training, insurance and peer "
                "meetings cost about €6,000 a year. Tickets are the cultural institutions' own "
                "contribution, and guides receive public transport tickets."
            ),
            "results": (
                "About 80 guides are active each year, making around 1,200 visits. In an external "
                "evaluation in 2023, clients said they felt less lonely and found it easier to leave "
                "home. The guides found the work meaningful.\n\n"
                "The model has also been taken up by neighbouring municipalities."
            ),
            "adoption": (
                "The service needs a named coordinator responsible for recruitment, training and "
                "requests; a network of volunteers alone will not sustain it. Agree ticketing with "
                "the cultural institutions in writing. In a smaller municipality, culture guides can "
                "be part of the library's or a local organisation's volunteer work."
            ),
            "lessons_learned": (
                "A regular pairing of guide and client works better than a different companion each "
                "time. Peer meetings largely decide whether guides stay. Plan for both languages from "
                "the start, so that Swedish-speaking clients are served in their own language."
            ),
            "what_did_not_work": (
                "The online form alone did not reach the target group; most requests still come by "
                "phone or through home care services and relatives. An attempt to extend the service "
                "to care homes with the same guides put too much strain on the volunteers."
            ),
        },
    },
    "kumppanuuspoydat-ja-yhdistysyhteistyo": {
        "sv": {
            "slug": "partnerskapsbord-och-foreningssamarbete",
            "title": "Partnerskapsbord och föreningssamarbete inom kulturtjänsterna",
            "summary": (
                "Kulturtjänsterna i Kempele och Sastamala berättar hur en kommun kan samla "
                "föreningarna till regelbundet samarbete utan tung administration och vad det har "
                "lett till."
            ),
            "description": (
                "Samarbetet mellan kommuner och föreningar bär upp en stor del av den lokala "
                "kulturverksamheten, men när det gäller planering, regelbundenhet och "
                "informationsflöde finns det alltid mer att göra. I webbinariet presenteras två "
                "modeller som har sitt ursprung i evenemang som Finlands Hembygdsförbund ordnade 2019 "
                "inom projektet Yhdistykset ja kunnat kulttuurikumppaneina (Föreningar och kommuner "
                "som kulturpartner).\n\n"
                "Kulturpartnerskapsbordet i Kempele samlas två gånger om året, och ordförandeskapet "
                "roterar mellan föreningarna. Samarbetskvällarna i Sastamala hålls i bystugor, och i "
                "centrum står ett torg där föreningarna berättar om sina behov och erbjuder andra sin "
                "hjälp.\n\n"
                "Till sist diskuteras deltagarnas frågor: hur når man unga vuxna, hur mycket "
                "samordning lönar det sig för kommunen att ta på sig och hur hålls samarbetet vid liv "
                "när de aktiva byts ut. Webbinariet hölls på finska. Inspelningen är textad, och på "
                "sidan finns också en transkription."
            ),
        },
        "en": {
            "slug": "partnership-tables-and-cooperation-with-associations",
            "title": "Partnership tables and cooperation with associations in cultural services",
            "summary": (
                "The cultural services of Kempele and Sastamala explain how a municipality can bring "
                "local associations into regular cooperation without heavy administration, and what "
                "has come of it."
            ),
            "description": (
                "Cooperation between municipalities and associations carries a large part of local "
                "cultural life, but there is always more to do on planning, regularity and the flow "
                "of information. The webinar presents two models that grew out of events held in 2019 "
                "by the Finnish Local Heritage Federation (Suomen Kotiseutuliitto) in its project on "
                "associations and municipalities as cultural partners.\n\n"
                "Kempele's culture partnership table meets twice a year, and the chair rotates among "
                "the associations. Sastamala's cooperation evenings are held in village halls, built "
                "around a 'marketplace' where associations say what they need and offer help to "
                "others.\n\n"
                "The session ends with participants' questions: how to reach young adults, how much "
                "coordination a municipality should take on, and how to keep cooperation alive when "
                "active members change. The webinar was held in Finnish. The recording has captions, "
                "and a transcript is available on the page."
            ),
        },
    },
    "kuntavierailu-kempele": {
        "sv": {
            "slug": "kommunbesok-kempele",
            "title": "Kommunbesök i Kempele: partnerskapsbordet som motor för föreningssamarbetet",
            "summary": (
                "Under det ett och ett halvt dygn långa besöket bekantade sig deltagarna med "
                "kulturpartnerskapsbordet i Kempele, träffade företrädare för föreningarna och "
                "skissade i en workshop på en partnerskapsmodell för den egna kommunen."
            ),
            "body": (
                "I kommunbesöket i Kempele deltog anställda inom kulturtjänsterna från 12 kommuner i "
                "Norra Österbotten, Mellersta Österbotten, Birkaland, Mellersta Finland, Norra Savolax, "
                "Lappland, Österbotten och Nyland. De flesta deltagarna arbetar som kommunens enda "
                "tjänsteinnehavare inom kultur i en liten kommun.\n\n"
                "Den första dagen bekantade sig deltagarna med kulturpartnerskapsbordet, som uppstod "
                "efter ett partnerskapsevenemang som Finlands Hembygdsförbund ordnade i Kempele 2019. "
                "Föreningarnas ordförande berättade öppet också om svårigheterna: de aktiva blir äldre, "
                "och för att hitta nya krafter krävs nya sätt att be folk vara med.\n\n"
                "Den andra dagen kartlade varje deltagare i en workshop med extern handledare "
                "föreningsfältet i sin egen kommun och skissade på hur ett första partnerskapsmöte "
                "kunde ordnas. Skisserna gicks igenom i smågrupper, och deltagarna kom överens om att "
                "följa upp varandras framsteg."
            ),
            "key_learnings": (
                "Kommunens roll är att sammankalla och föra anteckningar, inte att leda. När "
                "ordförandeskapet roterar mellan föreningarna blir bordet föreningarnas eget.\n\n"
                "En kort promemoria med högst tre överenskomna saker och ansvarspersoner för dem håller "
                "samarbetet i gång mellan mötena.\n\n"
                "Föreningsfältet bör ses brett: idrottsföreningar, pensionärsföreningar, "
                "föräldraföreningar och frivilliga brandkårer gör mycket kultur, även om de själva "
                "inte använder det ordet.\n\n"
                "Modeller kan inte flyttas som sådana från en kommun till en annan, men principerna "
                "går att överföra: regelbundenhet, öppenhet och ömsesidighet."
            ),
        },
        "en": {
            "slug": "municipality-visit-kempele",
            "title": "Municipality visit to Kempele: the partnership table as the engine of cooperation with associations",
            "summary": (
                "During the one-and-a-half-day visit, participants got to know Kempele's culture "
                "partnership table, met representatives of local associations and, in a workshop, "
                "sketched a partnership model for their own municipality."
            ),
            "body": (
                "Cultural services staff from 12 municipalities in North Ostrobothnia, Central "
                "Ostrobothnia, Pirkanmaa, Central Finland, North Savo, Lapland, Ostrobothnia and "
                "Uusimaa took part in the visit to Kempele. Most participants work in a small "
                "municipality as its only officer responsible for culture.\n\n"
                "On the first day participants were introduced to the culture partnership table, "
                "which grew out of a partnership event held in Kempele in 2019 by the Finnish Local "
                "Heritage Federation. The chairs of local associations spoke openly about the "
                "difficulties too: active members are ageing, and finding new people calls for new "
                "ways of asking them to take part.\n\n"
                "On the second day, in a workshop led by an outside facilitator, each participant "
                "mapped the associations in their own municipality and sketched how a first "
                "partnership meeting could be organised. The sketches were discussed in small "
                "groups, and participants agreed to follow each other's progress."
            ),
            "key_learnings": (
                "The municipality's role is to convene and keep notes, not to lead. When the chair "
                "rotates among the associations, the table belongs to them.\n\n"
                "A short memo with no more than three agreed actions, each with a named person, keeps "
                "cooperation going between meetings.\n\n"
                "Take a broad view of associations: sports clubs, pensioners' associations, parents' "
                "associations and volunteer fire brigades do a great deal of cultural work, even if "
                "they would not call it that.\n\n"
                "Models cannot be moved unchanged from one municipality to another, but the principles "
                "travel well: regularity, openness and reciprocity."
            ),
        },
    },
    "tietoa-palvelusta": {
        "sv": {
            "slug": "om-tjansten",
            "title": "Om tjänsten",
            "summary": (
                "Kunskapsbanken Kulttuuria yhteistuumin är en nationell kunskapsbank för goda "
                "praxis inom kommunernas kulturtjänster. Allt innehåll får fritt användas och "
                "delas."
            ),
            "body": (
                "Kunskapsbanken samlar goda praxis inom kommunernas kulturtjänster från olika "
                "delar av Finland, från små kommuner till stora städer och från söder till norr. "
                "Utöver goda praxis publiceras i tjänsten webbinarieinspelningar, sammandrag av "
                "kommunbesök och aktuella nyheter.\n\n"
                "Tjänsten är en del av det nationella utvecklingsuppdraget Kulttuuria "
                "yhteistuumin. Undervisnings- och kulturministeriet gav uppdraget till Esbo stad "
                "med stöd av 6 § i lagen om kommunernas kulturverksamhet (166/2019). Esbo genomför "
                "uppdraget tillsammans med sina expertpartner Åbo stad och Rovaniemi stad. Åbo "
                "bidrar med sin långa erfarenhet av kulturell välfärd, Rovaniemi med det nordliga "
                "perspektivet och sitt kunnande i förvaltningsövergripande samarbete. Uppdraget "
                "stöds av Finlands Kommunförbund och Centret för konstfrämjande.\n\n"
                "Utvecklingsuppdraget har som mål att stödja kvaliteten och genomslaget i "
                "kommunernas kulturverksamhet, personalens kompetens, invånarnas jämlikhet och "
                "samarbetet mellan kommunerna. Inom uppdraget ordnas webbinarier och kommunbesök, "
                "där 10–20 anställda inom kulturtjänsterna under en och en halv dag bekantar sig "
                "med en god praxis i en annan kommun. Kommunerna kan också be om sparrningshjälp "
                "eller själva erbjuda sig att sparra andra kommuner.\n\n"
                "Framgång förutsätter en kultur av delande och förtroende. Ingen stad kan ensam "
                "hitta och sprida alla goda verksamhetsmodeller som används i Finland, utan till "
                "det behövs alla kommuner. Modellerna kan inte heller flyttas som sådana från en "
                "kommun till en annan, eftersom personalen i varje kommun bäst känner till den "
                "egna kommunens historia, möjligheter och behov. Därför berättar beskrivningarna "
                "av goda praxis också hur de kan anpassas till den egna kommunen och vad som inte "
                "fungerade.\n\n"
                "Kommunerna föreslår själva goda praxis via ett öppet formulär. Redaktionen "
                "granskar förslagen före publiceringen. Varje god praxis har en ansvarig person "
                "som regelbundet påminns om att granska uppgifterna. Utvecklingsuppdragets "
                "effekter bedöms med hjälp av TEAviisari för kultur.\n\n"
                "Allt innehåll i kunskapsbanken har publicerats med licensen Creative Commons "
                "Erkännande 4.0 Internationell (CC BY 4.0). Du får kopiera, dela, bearbeta och "
                "använda innehållet för vilket ändamål som helst, även kommersiellt, förutsatt att "
                "du anger kunskapsbanken Kulttuuria yhteistuumin som källa och nämner licensen. "
                "Innehållet finns också som öppna data via ett programmeringsgränssnitt (API), "
                "CSV- och JSON-filer samt RSS- och Atom-flöden. Kontaktpersonernas uppgifter "
                "publiceras inte i någon form utan deras tillstånd.\n\n"
                "Kontaktuppgifter: utvecklingsuppdraget Kulttuuria yhteistuumin, Esbo stad, "
                "kulturtjänster. E-post: tietopankki@example.fi."
            ),
        },
        "en": {
            "slug": "about",
            "title": "About the service",
            "summary": (
                "The Kulttuuria yhteistuumin knowledge bank is a national knowledge bank of good "
                "practices in municipal culture services. All of its content is free to use and "
                "share."
            ),
            "body": (
                "The knowledge bank brings together good practices in municipal culture services "
                "from all over Finland, from small municipalities to large cities and from south "
                "to north. Alongside the practices, the service publishes webinar recordings, "
                "summaries of municipality visits and current news.\n\n"
                "The service is part of the national Kulttuuria yhteistuumin development task. The "
                "Ministry of Education and Culture assigned the task to the City of Espoo under "
                "section 6 of the Act on Municipal Cultural Activities (166/2019). Espoo carries "
                "out the task together with its expert partners, the cities of Turku and "
                "Rovaniemi. Turku brings its long experience of cultural wellbeing, and Rovaniemi "
                "a northern perspective and its expertise in cross-sectoral cooperation. The task "
                "is supported by the Association of Finnish Municipalities and Arts Promotion "
                "Centre Finland.\n\n"
                "The development task aims to support the quality and impact of municipal cultural "
                "activities, staff competence, equality among residents and cooperation between "
                "municipalities. It organises webinars and municipality visits, on which 10–20 "
                "cultural services staff spend a day and a half getting to know a good practice in "
                "another municipality. Municipalities can also ask for peer coaching or offer to "
                "coach other municipalities themselves.\n\n"
                "Success depends on a culture of sharing and trust. No single city can find and "
                "share all the good working models in use in Finland on its own; that takes every "
                "municipality. Nor can models be transferred unchanged from one municipality to "
                "another, because the staff of each municipality know their own municipality's "
                "history, opportunities and needs best. That is why the practice descriptions also "
                "explain how a practice can be adapted to your own municipality and what did not "
                "work.\n\n"
                "Municipalities suggest practices themselves using an open form. The editorial "
                "team checks suggestions before they are published. Every practice has an owner "
                "who is regularly reminded to check its details. The impact of the development "
                "task is assessed using the TEAviisari for culture.\n\n"
                "All content in the knowledge bank is published under the Creative Commons "
                "Attribution 4.0 International licence (CC BY 4.0). You may copy, share, adapt and "
                "use the content for any purpose, including commercially, as long as you credit "
                "the Kulttuuria yhteistuumin knowledge bank as the source and mention the licence. "
                "The content is also available as open data through an API, CSV and JSON files, "
                "and RSS and Atom feeds. Contact persons' details are not published in any form "
                "without their permission.\n\n"
                "Contact details: Kulttuuria yhteistuumin development task, City of Espoo, "
                "Cultural Services. Email: tietopankki@example.fi."
            ),
        },
    },
    "saavutettavuusseloste": {
        "sv": {
            "slug": "tillganglighetsutlatande",
            "title": "Tillgänglighetsutlåtande",
            "summary": (
                "Detta tillgänglighetsutlåtande gäller kunskapsbanken Kulttuuria yhteistuumin. Vi "
                "vill att vem som helst ska kunna använda tjänsten utan svårigheter."
            ),
            "body": (
                "Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att den "
                "offentliga sektorns webbtjänster är tillgängliga. I detta utlåtande beskriver vi "
                "hur kunskapsbanken Kulttuuria yhteistuumin uppfyller kraven i lagen, vilka delar "
                "av tjänsten som ännu inte är tillgängliga och hur du kan ge oss respons om "
                "tillgänglighetsproblem.\n\n"
                "Tillgänglighetsstatus\n\n"
                "Webbtjänsten uppfyller delvis de tillgänglighetskrav på nivå AA som anges i WCAG "
                "2.1. Tjänsten har utformats för att vara tillgänglig från början: den kan "
                "användas med enbart tangentbord och med skärmläsare, texten kan förstoras till "
                "200 procent utan att innehåll försvinner och textens färgkontraster uppfyller "
                "kraven. Webbinarieinspelningarna har textning och textversion, och bilderna har "
                "textalternativ.\n\n"
                "Innehåll som inte är tillgängligt\n\n"
                "Bilagor från kommunerna: En del av de PDF-filer som publicerats som bilagor till "
                "goda praxis har kommunerna själva tagit fram, och de saknar rubrikstruktur eller "
                "textalternativ till bilder (WCAG 1.1.1 och 1.3.1). Vi ber kommunerna om "
                "tillgängliga versioner. Bilagans centrala innehåll beskrivs i textform på sidan "
                "för respektive praxis.\n\n"
                "Textning av webbinarieinspelningar: Textningen av de äldsta "
                "webbinarieinspelningarna har skapats automatiskt och kan innehålla fel (WCAG "
                "1.2.2). Granskade textningar publiceras allteftersom de blir klara. Det finns en "
                "textversion av varje inspelning.\n\n"
                "Kartan på statistiksidan: I kartvyn för statistiken per region uppfyller inte "
                "alla färgnyanser kontrastkravet för komponenter i användargränssnittet och grafik "
                "(WCAG 1.4.11). Samma uppgifter finns i tabellform under kartan.\n\n"
                "Inbäddad videospelare: Videospelaren för webbinarieinspelningarna är en tjänst "
                "från tredje part, och alla dess knappar har inte namn som är begripliga med "
                "skärmläsare (WCAG 4.1.2). Inspelningen kan också öppnas direkt i "
                "videotjänsten.\n\n"
                "Innehåll som inte omfattas av lagstiftningen: Inspelningar som publicerats före "
                "23.9.2020 omfattas inte av lagens tillämpningsområde. På begäran tillhandahåller "
                "vi ett textalternativ till dem.\n\n"
                "Utarbetande av utlåtandet\n\n"
                "Utlåtandet har utarbetats 15.1.2026 och uppdaterades senast 2.10.2026. Tjänstens "
                "tillgänglighet har bedömts genom en självutvärdering och en utvärdering som "
                "gjorts av en extern sakkunnig.\n\n"
                "Respons och kontaktuppgifter\n\n"
                "Märkte du en brist i tillgängligheten? Berätta om den för oss, så gör vi vårt "
                "bästa för att åtgärda den. Du kan också begära innehåll som inte omfattas av "
                "tillgänglighetskraven i en annan form. Skicka respons per e-post till "
                "saavutettavuus@example.fi. Vi svarar inom 14 dagar.\n\n"
                "Tillsynsmyndighet\n\n"
                "Om du märker tillgänglighetsproblem på webbplatsen, ge först respons till oss. Om "
                "du inte är nöjd med det svar du har fått eller om du inte får något svar alls "
                "inom två veckor, kan du göra en anmälan till tillsynsmyndigheten. "
                "Tillsynsmyndigheten är Transport- och kommunikationsverket Traficom, "
                "tillgänglighetstillsynen. Tidigare sköttes uppgiften av Regionförvaltningsverket "
                "i Södra Finland. Tillsynsmyndighetens aktuella kontaktuppgifter finns på "
                "Traficoms webbplats."
            ),
        },
        "en": {
            "slug": "accessibility-statement",
            "title": "Accessibility statement",
            "summary": (
                "This accessibility statement applies to the Kulttuuria yhteistuumin knowledge "
                "bank. We want everyone to be able to use the service easily."
            ),
            "body": (
                "The Act on the Provision of Digital Services (306/2019) requires public sector "
                "websites to be accessible. This statement explains how the Kulttuuria "
                "yhteistuumin knowledge bank meets the requirements of the Act, which parts of it "
                "are not yet accessible and how you can give us feedback on accessibility "
                "problems.\n\n"
                "Accessibility status\n\n"
                "This website partially meets the WCAG 2.1 level AA accessibility requirements. "
                "The service has been designed to be accessible from the start: it can be used "
                "with a keyboard alone and with a screen reader, text can be enlarged to 200 per "
                "cent without any content being lost, and text colour contrast meets the "
                "requirements. Webinar recordings have subtitles and transcripts, and images have "
                "text alternatives.\n\n"
                "Content that is not accessible\n\n"
                "Attachments supplied by municipalities: Some of the PDF files published as "
                "attachments to practices were produced by the municipalities themselves and lack "
                "a heading structure or text alternatives for images (WCAG 1.1.1 and 1.3.1). We "
                "are asking the municipalities for accessible versions. The key content of each "
                "attachment is described as text on the practice page.\n\n"
                "Subtitles on webinar recordings: The subtitles on the oldest webinar recordings "
                "were generated automatically and may contain errors (WCAG 1.2.2). Checked "
                "subtitles are published as they are completed. A transcript is available for "
                "every recording.\n\n"
                "Map on the statistics page: In the map view of the regional statistics, not all "
                "colour shades meet the contrast requirement for user interface components and "
                "graphics (WCAG 1.4.11). The same data is available as a table below the map.\n\n"
                "Embedded video player: The video player for webinar recordings is a third-party "
                "service, and not all of its buttons have names that make sense to a screen reader "
                "(WCAG 4.1.2). Recordings can also be opened directly in the video service.\n\n"
                "Content outside the scope of the Act: Recordings published before 23.9.2020 are "
                "not within the scope of the Act. We will provide a text alternative for them on "
                "request.\n\n"
                "Preparation of this statement\n\n"
                "This statement was prepared on 15.1.2026 and last updated on 2.10.2026. The "
                "accessibility of the service has been assessed through a self-assessment and an "
                "assessment by an external expert.\n\n"
                "Feedback and contact details\n\n"
                "Have you noticed an accessibility problem? Let us know and we will do our best to "
                "fix it. You can also request content that falls outside the accessibility "
                "requirements in another format. Send your feedback by email to "
                "saavutettavuus@example.fi. We will reply within 14 days.\n\n"
                "Supervisory authority\n\n"
                "If you notice accessibility problems on the website, please give us feedback "
                "first. If you are not satisfied with the reply you receive, or you receive no "
                "reply at all within two weeks, you can submit a report to the supervisory "
                "authority. The supervisory authority is the Finnish Transport and Communications "
                "Agency Traficom, accessibility supervision. The task was previously handled by "
                "the Regional State Administrative Agency for Southern Finland. Up-to-date contact "
                "details for the supervisory authority are available on Traficom's website."
            ),
        },
    },
    "tietosuojaseloste": {
        "sv": {
            "slug": "dataskyddsbeskrivning",
            "title": "Dataskyddsbeskrivning",
            "summary": (
                "I denna beskrivning berättar vi vilka personuppgifter kunskapsbanken Kulttuuria "
                "yhteistuumin behandlar, varför och hur länge samt vilka rättigheter du har. "
                "Beskrivningen grundar sig på EU:s allmänna dataskyddsförordning (2016/679)."
            ),
            "body": (
                "Personuppgiftsansvarig\n\n"
                "Esbo stad, kulturtjänster, utvecklingsuppdraget Kulttuuria yhteistuumin. Kontakt: "
                "tietopankki@example.fi. Dataskyddsombud: tietosuoja@example.fi.\n\n"
                "Vilka uppgifter vi behandlar\n\n"
                "Förslag på goda praxis: förslagsställarens namn, e-postadress, telefonnummer (om "
                "förslagsställaren uppger det), organisation och befattning samt förslagets "
                "innehåll.\n\n"
                "Kontaktpersoner för goda praxis: namn, befattning, organisation, e-postadress och "
                "telefonnummer samt uppgift om huruvida personen har gett tillstånd till att "
                "uppgifterna publiceras.\n\n"
                "Ansvariga för goda praxis: den e-postadress dit påminnelser om att granska "
                "uppgifterna skickas.\n\n"
                "Ansökningar till kommunbesök: sökandens namn, kontaktuppgifter, kommun och "
                "befattning, uppgift om huruvida sökanden ansöker om rese- och logistöd samt de "
                "uppgifter om specialkost som sökanden själv lämnar.\n\n"
                "Sparrningsförfrågningar och -erbjudanden: kontaktpersonens namn, "
                "kontaktuppgifter, kommun och meddelandets innehåll.\n\n"
                "Tekniska uppgifter: serverns loggdata, såsom IP-adress och tidpunkt för besöket, "
                "som behövs för att säkerställa tjänstens säkerhet. Tjänsten använder endast kakor "
                "som är nödvändiga för att den ska fungera.\n\n"
                "Ändamålet med behandlingen och den rättsliga grunden\n\n"
                "Uppgifterna behandlas för att handlägga förslag, publicera goda praxis och hålla "
                "dem aktuella, ordna kommunbesök och sparrning samt för kontakter. Behandlingen "
                "grundar sig på att utvecklingsuppdraget utförs som en uppgift av allmänt intresse "
                "(artikel 6.1 e i dataskyddsförordningen). En kontaktpersons uppgifter publiceras "
                "endast med personens samtycke (artikel 6.1 a).\n\n"
                "Publicering av uppgifter\n\n"
                "En kontaktpersons namn, befattning, organisation, e-postadress och telefonnummer "
                "visas på sidan för en god praxis endast om personen har gett tillstånd till det. "
                "Utan tillstånd visas uppgifterna inte på sidorna, i sökresultaten, i "
                "programmeringsgränssnittet eller i filerna med öppna data, och redaktionen "
                "använder dem endast för kontakter. Uppgifter om förslagsställare, ansvariga för "
                "goda praxis och sökande till kommunbesök publiceras aldrig. Samtycket kan när som "
                "helst återkallas genom ett meddelande till tietopankki@example.fi.\n\n"
                "Lagringstider\n\n"
                "Personuppgifterna i förslag som inte leder till att en god praxis publiceras, i "
                "avbokade ansökningar till kommunbesök, i avslutade sparringförfrågningar och i "
                "återkallade sparringerbjudanden raderas 12 månader efter att handläggningen har "
                "avslutats. Personuppgifterna i övriga förslag och sparringförfrågningar raderas två år "
                "efter att de kom in; kontaktpersonen för en publicerad god praxis visas på praxissidan "
                "så länge den är publicerad. Ansökningar till kommunbesök bevaras i två år efter besöket "
                "för utvecklingsuppdragets rapportering, men uppgifterna om specialkost och "
                "tillgänglighet raderas genast efter besöket. Serverns loggdata bevaras i 90 dagar.\n\n"
                "Utlämnande och överföring av uppgifter\n\n"
                "Uppgifterna lämnas inte ut och säljs inte till utomstående. Tjänstens tekniska "
                "förvaltare behandlar uppgifterna för den personuppgiftsansvariges räkning med "
                "stöd av ett avtal. Uppgifterna överförs inte utanför Europeiska unionen eller "
                "Europeiska ekonomiska samarbetsområdet. Inga tjänster från tredje part används "
                "för att bekämpa skräppost.\n\n"
                "Dina rättigheter\n\n"
                "Du har rätt att granska uppgifter som gäller dig, kräva att felaktiga uppgifter "
                "rättas, kräva att uppgifter raderas eller att behandlingen begränsas, invända mot "
                "behandlingen och återkalla ditt samtycke. Begäranden kan skickas till "
                "tietopankki@example.fi. Om du anser att behandlingen av dina personuppgifter "
                "strider mot dataskyddsbestämmelserna kan du lämna in ett klagomål till "
                "dataombudsmannens byrå."
            ),
        },
        "en": {
            "slug": "privacy-notice",
            "title": "Privacy notice",
            "summary": (
                "This notice explains what personal data the Kulttuuria yhteistuumin knowledge "
                "bank processes, why and for how long, and what rights you have. The notice is "
                "based on the EU General Data Protection Regulation (2016/679)."
            ),
            "body": (
                "Controller\n\n"
                "City of Espoo, Cultural Services, Kulttuuria yhteistuumin development task. "
                "Contact: tietopankki@example.fi. Data protection officer: "
                "tietosuoja@example.fi.\n\n"
                "What data we process\n\n"
                "Good practice suggestions: the name, email address, phone number (if given), "
                "organisation and job title of the person making the suggestion, and the content "
                "of the suggestion.\n\n"
                "Practice contact persons: name, job title, organisation, email address and phone "
                "number, and whether the person has given permission for their details to be "
                "published.\n\n"
                "Practice owners: the email address to which reminders to check the details are "
                "sent.\n\n"
                "Municipality visit applications: the applicant's name, contact details, "
                "municipality and role, whether they are applying for travel and accommodation "
                "support, and any dietary information the applicant provides.\n\n"
                "Peer coaching requests and offers: the contact person's name, contact details and "
                "municipality, and the content of the message.\n\n"
                "Technical data: server log data, such as IP address and time of visit, which is "
                "needed to keep the service secure. The service uses only cookies that are "
                "strictly necessary for it to work.\n\n"
                "Purpose and legal basis of processing\n\n"
                "The data is processed in order to handle suggestions, publish practices and keep "
                "them up to date, organise municipality visits and peer coaching, and keep in "
                "touch. Processing is based on carrying out the development task as a task in the "
                "public interest (Article 6(1)(e) of the General Data Protection Regulation). A "
                "contact person's details are published only with their consent (Article "
                "6(1)(a)).\n\n"
                "Publication of data\n\n"
                "A contact person's name, job title, organisation, email address and phone number "
                "are shown on the practice page only if they have given permission. Without "
                "permission, the details are not shown on the pages, in search results, in the API "
                "or in the open data files, and the editorial team uses them only to get in touch. "
                "The details of people making suggestions, practice owners and municipality visit "
                "applicants are never published. Consent can be withdrawn at any time by writing "
                "to tietopankki@example.fi.\n\n"
                "Retention periods\n\n"
                "The personal data of suggestions that do not lead to a published practice, of "
                "cancelled visit applications, closed sparring requests and withdrawn sparring offers "
                "is deleted 12 months after they have been dealt with. The personal data of other "
                "suggestions and sparring requests is deleted two years after they arrived; the "
                "contact person of a published practice is shown on its page for as long as it is "
                "published. Municipality visit applications are kept for two years after the visit for "
                "the development task's reporting, but dietary and accessibility information is deleted "
                "immediately after the visit. Server logs are kept for 90 days.\n\n"
                "Disclosure and transfers of data\n\n"
                "The data is not disclosed or sold to outside parties. The service's technical "
                "maintainer processes the data on behalf of the controller under a contract. The "
                "data is not transferred outside the European Union or the European Economic Area. "
                "No third-party services are used to block spam.\n\n"
                "Your rights\n\n"
                "You have the right to access the data about you, to have inaccurate data "
                "corrected, to have data erased or its processing restricted, to object to "
                "processing and to withdraw any consent you have given. Requests can be sent to "
                "tietopankki@example.fi. If you believe that the processing of your personal data "
                "breaches data protection legislation, you can lodge a complaint with the Office "
                "of the Data Protection Ombudsman."
            ),
        },
    },
}

# Intros of the landing pages (BrowsePage) for a theme and a region, by language; editors write
# the others in the admin (a theme's description, a region's descriptions).
THEME_INTROS = {
    "cultural-wellbeing": {
        "fi": (
            "Kulttuurihyvinvointi tarkoittaa taiteen ja kulttuurin vaikutuksia ihmisten hyvinvointiin ja "
            "terveyteen. Kunnissa sitä edistetään yhdessä sosiaali- ja terveyspalvelujen, hyvinvointialueen "
            "ja järjestöjen kanssa."
        ),
        "sv": (
            "Kulturell välfärd betyder konstens och kulturens inverkan på människors välbefinnande och "
            "hälsa. Kommunerna främjar den tillsammans med social- och hälsovården, välfärdsområdet och "
            "organisationerna."
        ),
        "en": (
            "Cultural wellbeing means the effects of arts and culture on people's wellbeing and health. "
            "Municipalities advance it together with social and health services, the wellbeing services "
            "county and associations."
        ),
    },
}
REGION_INTROS = {
    "07": {
        "fi": "Päijät-Hämeessä kunnat ja maakunnan liitto tekevät kulttuurihyvinvointityötä yhdessä.",
        "sv": "I Päijänne-Tavastland arbetar kommunerna och landskapsförbundet tillsammans för kulturell välfärd.",
        "en": "In Päijät-Häme the municipalities and the regional council work on cultural wellbeing together.",
    },
}
