"""The seed terms of the controlled vocabularies, with stable slugs and names in fi/sv/en.

The data migration that creates the vocabulary snippets reads this table; editors may add
more terms in the admin later. Slugs are the stable keys used by imports, URLs and the API:
never rename one.
"""

# vocabulary key -> [(slug, finnish, swedish, english), ...]
TERMS = {
    "themes": [
        ("accessibility", "Saavutettavuus", "Tillgänglighet", "Accessibility"),
        ("cooperation", "Yhteistyö ja kumppanuudet", "Samarbete och partnerskap", "Cooperation and partnerships"),
        (
            "knowledge-base",
            "Tietopohja ja arviointi",
            "Kunskapsunderlag och utvärdering",
            "Knowledge base and evaluation",
        ),
        ("new-operating-models", "Uudet toimintamallit", "Nya verksamhetsmodeller", "New operating models"),
        ("cultural-wellbeing", "Kulttuurihyvinvointi", "Kulturell välfärd", "Cultural wellbeing"),
        ("participation", "Osallisuus", "Delaktighet", "Participation"),
        ("cultural-education", "Kulttuurikasvatus", "Kulturfostran", "Cultural education"),
        ("spaces", "Tilat ja toimipaikat", "Lokaler och utrymmen", "Spaces and facilities"),
        ("networking", "Verkostoituminen", "Nätverkande", "Networking"),
        ("local-democracy", "Paikallisdemokratia", "Lokal demokrati", "Local democracy"),
        (
            "cultural-policy",
            "Kulttuuripolitiikka ja strategia",
            "Kulturpolitik och strategi",
            "Cultural policy and strategy",
        ),
        ("vitality", "Elinvoima", "Livskraft", "Vitality"),
    ],
    "target_groups": [
        ("infants-families", "Vauvat ja perheet", "Småbarn och familjer", "Infants and families"),
        ("children", "Lapset", "Barn", "Children"),
        ("young-people", "Nuoret", "Unga", "Young people"),
        ("working-age", "Työikäiset", "Personer i arbetsför ålder", "Working-age adults"),
        ("older-people", "Ikääntyneet", "Äldre", "Older people"),
        ("care-home-residents", "Hoivakotien asukkaat", "Boende på vårdhem", "Care home residents"),
        ("immigrants", "Maahanmuuttajat", "Invandrare", "Immigrants"),
        (
            "people-with-disabilities",
            "Vammaiset henkilöt",
            "Personer med funktionsnedsättning",
            "People with disabilities",
        ),
        ("unemployed", "Työttömät", "Arbetslösa", "The unemployed"),
        ("rehabilitation-clients", "Kuntoutujat", "Rehabiliteringsklienter", "Rehabilitation clients"),
        ("minority-cultures", "Kulttuuriset vähemmistöt", "Kulturella minoriteter", "Minority cultures"),
        (
            "villages-sparse",
            "Kylät ja harvaan asutut alueet",
            "Byar och glesbygd",
            "Villages and sparsely populated areas",
        ),
        ("all-residents", "Kaikki asukkaat", "Alla invånare", "All residents"),
    ],
    "art_forms": [
        ("architecture", "Arkkitehtuuri", "Arkitektur", "Architecture"),
        ("visual-arts", "Kuvataide", "Bildkonst", "Visual arts"),
        ("crafts", "Käsityö", "Slöjd", "Crafts"),
        ("media-arts", "Mediataide", "Mediekonst", "Media arts"),
        ("music", "Musiikki", "Musik", "Music"),
        ("literary-arts", "Sanataide", "Ordkonst", "Literary arts"),
        ("circus", "Sirkustaide", "Cirkuskonst", "Circus"),
        ("dance", "Tanssitaide", "Danskonst", "Dance"),
        ("theatre", "Teatteritaide", "Teaterkonst", "Theatre"),
        ("film", "Elokuva", "Film", "Film"),
        ("cultural-heritage", "Kulttuuriperintö", "Kulturarv", "Cultural heritage"),
        ("libraries", "Kirjastot", "Bibliotek", "Libraries"),
        ("multi-arts", "Monitaide", "Mångkonst", "Multi-arts"),
    ],
    "partner_sectors": [
        ("municipality", "Oma kunta", "Den egna kommunen", "The municipality"),
        ("other-municipalities", "Muut kunnat", "Andra kommuner", "Other municipalities"),
        ("wellbeing-county", "Hyvinvointialue", "Välfärdsområde", "Wellbeing services county"),
        (
            "associations",
            "Yhdistykset ja kolmas sektori",
            "Föreningar och tredje sektorn",
            "Associations and the third sector",
        ),
        (
            "informal-groups",
            "Vapaat ryhmät ja neljäs sektori",
            "Informella grupper och fjärde sektorn",
            "Informal groups and the fourth sector",
        ),
        ("companies", "Yritykset", "Företag", "Companies"),
        ("parishes", "Seurakunnat", "Församlingar", "Parishes"),
        ("educational-institutions", "Oppilaitokset", "Läroanstalter", "Educational institutions"),
        ("regional-council", "Maakunnan liitto", "Landskapsförbund", "Regional council"),
        ("state", "Valtio", "Staten", "The state"),
    ],
    "teaviisari_dimensions": [
        ("commitment", "Sitoutuminen", "Engagemang", "Commitment"),
        ("management", "Johtaminen", "Ledning", "Management"),
        ("monitoring", "Seuranta ja tarveanalyysi", "Uppföljning och behovsanalys", "Monitoring and needs analysis"),
        ("resources", "Voimavarat", "Resurser", "Resources"),
        ("common-practices", "Yhteiset käytännöt", "Gemensam praxis", "Common practices"),
        ("participation", "Osallisuus", "Delaktighet", "Participation"),
        ("other-core-functions", "Muut ydintoiminnat", "Övriga kärnfunktioner", "Other core functions"),
    ],
    "culture_act_tasks": [
        (
            "equal-access",
            "Taiteen ja kulttuurin tasa-arvoinen saatavuus",
            "Jämlik tillgång till konst och kultur",
            "Equal access to arts and culture",
        ),
        (
            "professional-art",
            "Ammattimaisen taiteellisen työn edellytykset",
            "Förutsättningar för professionellt konstnärligt arbete",
            "Conditions for professional artistic work",
        ),
        (
            "amateur-civic",
            "Harrastus- ja kansalaistoiminta",
            "Amatör- och medborgarverksamhet",
            "Amateur and civic activity",
        ),
        ("arts-education", "Taide- ja kulttuurikasvatus", "Konst- och kulturfostran", "Arts and culture education"),
        (
            "heritage-local-culture",
            "Kulttuuriperintö ja paikallinen kulttuuri",
            "Kulturarv och lokal kultur",
            "Cultural heritage and local culture",
        ),
        (
            "interaction-international",
            "Kulttuurinen vuorovaikutus ja kansainvälinen toiminta",
            "Kulturell växelverkan och internationell verksamhet",
            "Cultural interaction and international activity",
        ),
        (
            "wellbeing-vitality",
            "Kulttuuri hyvinvoinnin ja elinvoiman edistäjänä",
            "Kultur som främjar välfärd och livskraft",
            "Culture for wellbeing and vitality",
        ),
    ],
}
