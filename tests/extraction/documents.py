"""Whole documents written for the tests (fictional releases in the style of customs and police news), with
the figures a reader would record. Used as our own held-out check: rules were not tuned on them first."""

DOCS = [
    ("en", """Border Force seizes record haul of counterfeit goods at Felixstowe

Border Force officers at the Port of Felixstowe have seized more than 120,000 counterfeit items worth an estimated £3.2 million.

The goods, which included fake designer handbags, trainers and perfume, were found in four containers arriving from China between 3 and 14 March.

Two men, aged 41 and 56, were arrested and later released on bail. HMRC has opened 3 investigations.

Last year Border Force seized 1.4 million counterfeit items at UK ports.""",
     [("items", 120000, "count", "counterfeit", "GB"), ("value", 3200000, "GBP", "counterfeit", "GB"),
      ("items", 4, "count", "counterfeit", "GB", "optional"), ("arrests", 2, "count", None, "GB"),
      ("cases_opened", 3, "count", None, "GB"), ("items", 1400000, "count", "counterfeit", "GB", "optional")]),
    ("fr", """Opération Colibri : 14 tonnes de tabac saisies en Europe

Coordonnée par l'OLAF, l'opération Colibri a réuni les services douaniers de 18 États membres du 4 au 15 octobre 2021.

Au total, 14 tonnes de tabac à rouler et 31 millions de cigarettes ont été saisies. L'Espagne arrive en tête avec 9,2 millions de cigarettes, devant la Pologne (6,5 millions) et la Grèce (4 millions).

Les enquêteurs ont par ailleurs identifié 27 suspects et ouvert 12 enquêtes. Le préjudice pour les budgets de l'UE est estimé à 6,8 millions d'euros.""",
     [("participating_countries", 18, "count", None, None), ("mass", 14000, "kg", "tobacco", None),
      ("items", 31000000, "count", "tobacco", None), ("items", 9200000, "count", "tobacco", "ES"),
      ("items", 6500000, "count", "tobacco", "PL"), ("items", 4000000, "count", "tobacco", "GR"),
      ("suspects", 27, "count", None, None), ("cases_opened", 12, "count", None, None),
      ("value", 6800000, "EUR", "tobacco", None)]),
    ("de", """Zoll stellt 3,1 Tonnen Kokain im Hamburger Hafen sicher

Zollfahnder haben im Hamburger Hafen rund 3,1 Tonnen Kokain in einem Container mit Bananen entdeckt. Der Straßenverkaufswert wird auf über 230 Millionen Euro geschätzt.

Im Zusammenhang mit dem Fund nahmen die Ermittler drei Tatverdächtige fest. Zudem stellten sie 45.000 Euro Bargeld und zwei Pistolen sicher.

Im Jahr 2022 hatte der Zoll bundesweit insgesamt 14,5 Tonnen Kokain beschlagnahmt.""",
     [("mass", 3100, "kg", "drugs", "DE"), ("value", 230000000, "EUR", "drugs", "DE"), ("arrests", 3, "count", None, "DE"),
      ("value", 45000, "EUR", "cash", "DE"), ("items", 2, "count", "weapons", "DE"),
      ("mass", 14500, "kg", "drugs", "DE", "optional")]),
    ("it", """Sequestrate 600mila sigarette di contrabbando nel porto di Bari

I funzionari dell'Agenzia delle Dogane e i militari della Guardia di Finanza hanno sequestrato nel porto di Bari oltre 600mila sigarette di contrabbando, per un peso complessivo di 3 tonnellate.

Le sigarette erano nascoste in un tir proveniente dalla Grecia. L'autista, un cittadino bulgaro di 38 anni, è stato arrestato.

Il danno per l'erario è stimato in circa 700 mila euro tra dazi e accise.""",
     [("items", 600000, "count", "tobacco", "IT"), ("mass", 3000, "kg", "tobacco", "IT"),
      ("arrests", 1, "count", None, "IT", "optional"), ("value", 700000, "EUR", "tobacco", "IT")]),
    ("es", """La Guardia Civil interviene 5.400 kilos de hachís en una narcolancha en Huelva

Agentes de la Guardia Civil han intervenido 5.400 kilos de hachís y han detenido a cuatro personas en la costa de Huelva.

Los detenidos, de nacionalidad marroquí, transportaban la droga en una embarcación neumática. En la operación también se incautaron dos vehículos y 12.000 euros en efectivo.

En lo que va de año, la Guardia Civil ha aprehendido más de 60 toneladas de hachís en Andalucía.""",
     [("mass", 5400, "kg", "drugs", "ES"), ("arrests", 4, "count", None, "ES"), ("items", 2, "count", None, "ES", "optional"),
      ("value", 12000, "EUR", "cash", "ES"), ("mass", 60000, "kg", "drugs", "ES")]),
    ("nl", """Douane onderschept 2.800 kilo cocaïne in Rotterdamse haven

De Douane heeft in de haven van Rotterdam ruim 2.800 kilo cocaïne onderschept. De drugs zaten verstopt tussen een lading ananassen uit Costa Rica.

De straatwaarde van de partij wordt geschat op 210 miljoen euro. Het HARC-team heeft de zaak in onderzoek. Er is nog niemand aangehouden.

Vorig jaar onderschepte de Douane in totaal 46.000 kilo cocaïne in de Rotterdamse haven.""",
     [("mass", 2800, "kg", "drugs", "NL"), ("value", 210000000, "EUR", "drugs", "NL"),
      ("mass", 46000, "kg", "drugs", "NL")]),
    ("pt", """PJ apreende 1,2 toneladas de cocaína em veleiro ao largo dos Açores

A Polícia Judiciária apreendeu cerca de 1,2 toneladas de cocaína a bordo de um veleiro intercetado a 300 milhas dos Açores.

Foram detidos três tripulantes, de nacionalidade brasileira, com idades entre os 29 e os 47 anos. A droga daria para cerca de seis milhões de doses.

A operação contou com a colaboração da Marinha Portuguesa e da Força Aérea.""",
     [("mass", 1200, "kg", "drugs", "PT"), ("arrests", 3, "count", None, "PT"),
      ("items", 6000000, "count", "drugs", "PT", "optional")]),
]
