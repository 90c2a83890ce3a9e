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

DOCS += [
    ("en", """Annual results: customs enforcement in 2023

Key figures for the year:
• Cocaine: 9.4 tonnes seized
• Cigarettes: 412 million sticks
• Firearms: 1,318 weapons detained
• Cash: €27.5 million intercepted at the borders

Officers carried out 86,000 inspections of freight and arrested 740 people. The number of seizures rose to 15,200, up 8% on 2022.""",
     [("mass", 9400, "kg", "drugs", None), ("items", 412000000, "count", "tobacco", None),
      ("items", 1318, "count", "weapons", None), ("value", 27500000, "EUR", "cash", None),
      ("checks", 86000, "count", None, None), ("arrests", 740, "count", None, None),
      ("seizures", 15200, "count", None, None)]),
    ("de", """Europol: 260 Festnahmen bei Schlag gegen Darknet-Handel

Bei einer internationalen Aktion unter Leitung von Europol sind in neun Ländern 260 Verdächtige festgenommen worden. Die meisten Festnahmen gab es in den USA (120), in Deutschland (45) und in Großbritannien (30).

Die Ermittler beschlagnahmten mehr als 50 Millionen Euro in bar und in Kryptowährungen, 850 Kilogramm Drogen sowie 117 Schusswaffen.""",
     [("participating_countries", 9, "count", None, None), ("arrests", 260, "count", None, None),
      ("arrests", 120, "count", None, "US"), ("arrests", 45, "count", None, "DE"), ("arrests", 30, "count", None, "GB"),
      ("value", 50000000, "EUR", "cash", None), ("mass", 850, "kg", "drugs", None),
      ("items", 117, "count", "weapons", None)]),
    ("it", """Contraffazione, maxi sequestro a Napoli

La Guardia di Finanza di Napoli ha sequestrato oltre 1,2 milioni di giocattoli e articoli contraffatti in tre capannoni della provincia.

Il valore della merce sul mercato è stimato in 4 milioni di euro. Sette persone sono state denunciate per contraffazione e ricettazione.

Nel corso del 2023 le Fiamme Gialle campane hanno eseguito 2.300 controlli nel settore.""",
     [("items", 1200000, "count", "counterfeit", "IT"), ("value", 4000000, "EUR", "counterfeit", "IT"),
      ("suspects", 7, "count", None, "IT"), ("checks", 2300, "count", None, "IT")]),
    ("es", """La Agencia Tributaria interviene 18 millones de cigarrillos en el puerto de Valencia

Funcionarios de Vigilancia Aduanera han intervenido 18 millones de cigarrillos de contrabando ocultos en dos contenedores procedentes de Emiratos Árabes Unidos.

El valor de la mercancía se estima en 5,4 millones de euros y el fraude a la Hacienda Pública supera los 4 millones de euros. Hay tres personas investigadas.""",
     [("items", 18000000, "count", "tobacco", "ES"), ("items", 2, "count", "tobacco", "ES", "optional"),
      ("value", 5400000, "EUR", "tobacco", "ES"), ("value", 4000000, "EUR", "tobacco", "ES"),
      ("suspects", 3, "count", None, "ES")]),
    ("nl", """FIOD en douane rollen smokkelnetwerk op

Bij een internationaal onderzoek zijn in Nederland en België 11 verdachten aangehouden. In Nederland werden 7 mensen opgepakt, in België 4.

Er werd 1,3 miljoen euro aan contant geld in beslag genomen, evenals 22 luxe auto's en 600 kilo hasj.""",
     [("arrests", 11, "count", None, None), ("arrests", 7, "count", None, "NL"), ("arrests", 4, "count", None, "BE"),
      ("value", 1300000, "EUR", "cash", None), ("items", 22, "count", None, None, "optional"),
      ("mass", 600, "kg", "drugs", None)]),
    ("pt", """GNR apreende 12 mil litros de combustível e 3 mil maços de tabaco

A Guarda Nacional Republicana apreendeu, numa ação de fiscalização no distrito de Setúbal, 12 mil litros de gasóleo e cerca de 3 mil maços de tabaco sem selo fiscal.

Foram fiscalizados 140 veículos e levantados 35 autos de contraordenação. Dois homens, de 33 e 51 anos, foram constituídos arguidos.""",
     [("volume", 12000, "l", "other", "PT"), ("items", 3000, "count", "tobacco", "PT"),
      ("checks", 140, "count", None, "PT"), ("detections", 35, "count", None, "PT"),
      ("suspects", 2, "count", None, "PT", "optional")]),
    ("fr", """Saisie record d'ivoire au Havre

Les douaniers du Havre ont découvert 1,1 tonne d'ivoire et 300 kg d'écailles de pangolin dans un conteneur en provenance du Nigeria.

Selon la direction générale des douanes, il s'agit de la plus importante saisie d'ivoire réalisée en France depuis 2015. La valeur de la marchandise est estimée à plus de 2 millions d'euros.""",
     [("mass", 1100, "kg", "wildlife", "FR"), ("mass", 300, "kg", "wildlife", "FR"),
      ("value", 2000000, "EUR", "wildlife", "FR")]),
]

DOCS += [
    ("es", """Desarticulada una red que introducía cocaína por el puerto de Algeciras

La Policía Nacional, en colaboración con la Agencia Tributaria, ha desarticulado una organización criminal dedicada a la introducción de cocaína en España y ha detenido a 23 personas en las provincias de Cádiz, Málaga y Madrid.

En los 14 registros practicados, los agentes se han incautado de 1.350 kilos de cocaína, 48 kilos de hachís, 320.000 euros en efectivo, seis armas de fuego y once vehículos de alta gama.

Según fuentes de la investigación, la droga habría alcanzado un valor superior a los 50 millones de euros en el mercado ilícito. La operación, denominada "Caribe", comenzó hace dos años.""",
     [("arrests", 23, "count", None, "ES"), ("checks", 14, "count", None, "ES"), ("mass", 1350, "kg", "drugs", "ES"),
      ("mass", 48, "kg", "drugs", "ES"), ("value", 320000, "EUR", "cash", "ES"), ("items", 6, "count", "weapons", "ES"),
      ("items", 11, "count", None, "ES", "optional"), ("value", 50000000, "EUR", "drugs", "ES")]),
    ("it", """Droga, 80 arresti in un'operazione dei Carabinieri tra Italia e Albania

Sono 80 le misure cautelari eseguite dai Carabinieri del Comando provinciale di Milano nell'ambito di un'indagine coordinata dalla Dda. Gli arresti sono stati eseguiti in Italia e in Albania.

Nel corso delle indagini, durate tre anni, sono stati sequestrati complessivamente 420 chili di cocaina, 1,5 tonnellate di marijuana e 2,3 milioni di euro in contanti. Secondo gli inquirenti il gruppo movimentava circa 100 chili di droga al mese.""",
     [("arrests", 80, "count", None, None), ("mass", 420, "kg", "drugs", None), ("mass", 1500, "kg", "drugs", None),
      ("value", 2300000, "EUR", "cash", None), ("mass", 100, "kg", "drugs", "IT", "optional")]),
    ("pt", """Autoridade Tributária apreende 2,4 milhões de cigarros no porto de Leixões

A Autoridade Tributária e Aduaneira apreendeu 2,4 milhões de cigarros de contrafação num contentor proveniente da China, no porto de Leixões.

A mercadoria tem um valor estimado de 600 mil euros, sendo os direitos e impostos em falta de cerca de 480 mil euros. Desde o início do ano, a AT já apreendeu mais de 15 milhões de cigarros.""",
     [("items", 2400000, "count", "tobacco", "PT"), ("value", 600000, "EUR", "tobacco", "PT"),
      ("value", 480000, "EUR", "tobacco", "PT"), ("items", 15000000, "count", "tobacco", "PT")]),
    ("nl", """Douane vindt 8.000 kilo cocaïne in bananendozen

Douaniers hebben in de haven van Vlissingen bijna 8.000 kilo cocaïne gevonden. Het gaat om de grootste vangst ooit in die haven.

De drugs hebben een geschatte straatwaarde van 600 miljoen euro. In 2022 onderschepte de douane in totaal 52.000 kilo cocaïne in Nederlandse havens, tegen 72.000 kilo een jaar eerder.""",
     [("mass", 8000, "kg", "drugs", "NL"), ("value", 600000000, "EUR", "drugs", "NL"),
      ("mass", 52000, "kg", "drugs", "NL"), ("mass", 72000, "kg", "drugs", "NL", "optional")]),
    ("de", """Schweizer Zoll: Mehr Waffen und Drogen beschlagnahmt

Das Bundesamt für Zoll und Grenzsicherheit (BAZG) hat im Jahr 2023 an der Grenze 1.120 Waffen und rund 2,3 Tonnen Betäubungsmittel sichergestellt.

Zudem wurden 96.000 gefälschte Uhren, Taschen und Kleidungsstücke aus dem Verkehr gezogen. Die Zöllnerinnen und Zöllner kontrollierten über 500.000 Fahrzeuge und griffen 4.500 Personen auf, die rechtswidrig eingereist waren.""",
     [("items", 1120, "count", "weapons", "CH"), ("mass", 2300, "kg", "drugs", "CH"),
      ("items", 96000, "count", "counterfeit", "CH"), ("checks", 500000, "count", None, "CH"),
      ("arrests", 4500, "count", None, "CH", "optional")]),
    ("fr", """Trafic de cigarettes : 3 interpellations à Marseille

Les douaniers de Marseille ont intercepté un poids lourd transportant 6 000 cartouches de cigarettes de contrebande, soit 1,2 tonne de tabac.

Le chauffeur et deux complices ont été interpellés. La valeur de la cargaison est estimée à 600 000 euros. Depuis janvier, la douane a saisi 45 tonnes de tabac dans les Bouches-du-Rhône.""",
     [("arrests", 3, "count", None, "FR"), ("items", 6000, "count", "tobacco", "FR"), ("mass", 1200, "kg", "tobacco", "FR"),
      ("value", 600000, "EUR", "tobacco", "FR"), ("mass", 45000, "kg", "tobacco", "FR")]),
    ("en", """Interpol operation nets 3,300 arrests and $120 million in counterfeit medicines

A week-long INTERPOL operation involving 94 countries resulted in the seizure of 8.9 million illicit and counterfeit medicines worth USD 120 million and the arrest of 3,300 people.

Police, customs and health regulatory authorities inspected 450,000 packages and shut down more than 13,000 websites. In Australia alone, officers seized 1.3 million doses.""",
     [("participating_countries", 94, "count", None, None), ("arrests", 3300, "count", None, None),
      ("value", 120000000, "USD", "medicines", None), ("items", 8900000, "count", "medicines", None),
      ("checks", 450000, "count", None, None), ("websites", 13000, "count", None, None),
      ("items", 1300000, "count", "medicines", "AU")]),
]

DOCS += [
    ("de", """Hauptzollamt Köln: Über 100 Kilogramm Khat am Flughafen entdeckt

Zöllner am Flughafen Köln/Bonn haben in den vergangenen zwei Wochen bei Kontrollen von Reisenden aus Äthiopien insgesamt 104 Kilogramm Khat gefunden. Gegen fünf Reisende wurden Strafverfahren eingeleitet.

Außerdem wurden bei einem 42-jährigen Mann 25.000 Euro nicht angemeldetes Bargeld festgestellt. Der Mann muss mit einem Bußgeld von bis zu 10.000 Euro rechnen.""",
     [("mass", 104, "kg", "drugs", "DE"), ("cases_opened", 5, "count", None, "DE"), ("mass", 100, "kg", "drugs", "DE", "optional"),
      ("value", 25000, "EUR", "cash", "DE")]),
    ("nl", """Politie rolt hennepkwekerij op in Brabant

De politie heeft in een loods in Tilburg een grote hennepkwekerij ontmanteld. Er stonden ruim 1.400 hennepplanten. Ook werd 35 kilo gedroogde henneptoppen in beslag genomen.

Twee mannen van 31 en 45 jaar zijn aangehouden. Volgens de politie was de stroom illegaal afgetapt; de schade voor de netbeheerder loopt op tot 60.000 euro.""",
     [("items", 1400, "count", "drugs", "NL"), ("mass", 35, "kg", "drugs", "NL"), ("arrests", 2, "count", None, "NL"),
      ("value", 60000, "EUR", None, "NL", "optional")]),
    ("it", """Sigarette di contrabbando, arrestati due corrieri all'aeroporto di Fiumicino

I funzionari dell'Agenzia delle Dogane e dei Monopoli, insieme ai finanzieri, hanno arrestato all'aeroporto di Fiumicino due cittadini stranieri che trasportavano nei bagagli 18.000 sigarette prive del contrassegno di Stato.

Dall'inizio dell'anno, nello scalo romano sono stati sequestrati oltre 2 milioni di sigarette e 400 chili di tabacco trinciato.""",
     [("arrests", 2, "count", None, "IT"), ("items", 18000, "count", "tobacco", "IT"),
      ("items", 2000000, "count", "tobacco", "IT"), ("mass", 400, "kg", "tobacco", "IT")]),
    ("pt", """PSP apreende armas e droga em buscas no Porto

A Polícia de Segurança Pública realizou 16 buscas domiciliárias no distrito do Porto, que resultaram na detenção de sete pessoas e na apreensão de cinco armas de fogo, 120 munições, 2,3 quilos de cocaína e 14 mil euros em numerário.

Os detidos, com idades entre os 22 e os 58 anos, vão ser presentes a tribunal.""",
     [("checks", 16, "count", None, "PT"), ("arrests", 7, "count", None, "PT"), ("items", 5, "count", "weapons", "PT"),
      ("items", 120, "count", "weapons", "PT"), ("mass", 2.3, "kg", "drugs", "PT"), ("value", 14000, "EUR", "cash", "PT")]),
    ("es", """Aduanas destruye 3 toneladas de productos falsificados

La Agencia Tributaria ha destruido en Barcelona 3 toneladas de productos falsificados intervenidos durante 2023 en el puerto y el aeropuerto de la ciudad.

Entre los artículos destruidos figuran más de 45.000 prendas de ropa, 12.000 pares de zapatillas y 8.000 relojes que imitaban marcas de lujo. El valor de la mercancía, de haber sido auténtica, superaría los 9 millones de euros.""",
     [("mass", 3000, "kg", "counterfeit", "ES"), ("items", 45000, "count", "counterfeit", "ES"),
      ("items", 12000, "count", "counterfeit", "ES"), ("items", 8000, "count", "counterfeit", "ES"),
      ("value", 9000000, "EUR", "counterfeit", "ES")]),
]

DOCS += [
    ("es", """Europol coordina una operación contra el tráfico de especies protegidas en 32 países

La operación, coordinada por Europol e Interpol, se desarrolló durante el mes de octubre de 2022 y permitió intervenir más de 2.000 ejemplares de especies protegidas y 1,5 toneladas de marfil.

Las autoridades españolas incautaron 320 aves vivas y detuvieron a 14 personas. En Italia se decomisaron 40 kilos de angulas. En total fueron detenidas 112 personas.""",
     [("participating_countries", 32, "count", None, None), ("items", 2000, "count", "wildlife", None),
      ("mass", 1500, "kg", "wildlife", None), ("items", 320, "count", "wildlife", "ES"), ("arrests", 14, "count", None, "ES"),
      ("mass", 40, "kg", "wildlife", "IT"), ("arrests", 112, "count", None, None)]),
    ("it", """Operazione Pangea: in Italia oscurati 150 siti e sequestrate 100mila confezioni di farmaci

Nell'ambito dell'operazione internazionale Pangea XVI, coordinata dall'Interpol in 89 Paesi, i Carabinieri del NAS e l'Agenzia delle Dogane hanno oscurato in Italia 150 siti web e sequestrato oltre 100mila confezioni di medicinali illegali.

A livello mondiale sono state arrestate 72 persone.""",
     [("websites", 150, "count", None, "IT"), ("items", 100000, "count", "medicines", "IT"),
      ("participating_countries", 89, "count", None, None), ("arrests", 72, "count", None, None)]),
    ("pt", """Operação internacional apreende 4 toneladas de cocaína no Atlântico

Uma operação conjunta entre Portugal, Espanha e o Reino Unido, coordenada pelo MAOC-N, permitiu apreender cerca de 4 toneladas de cocaína a bordo de um navio mercante.

Em Portugal foram detidos seis tripulantes. Em Espanha, as autoridades detiveram mais três suspeitos e apreenderam 300 mil euros.""",
     [("mass", 4000, "kg", "drugs", None), ("arrests", 6, "count", None, "PT"), ("arrests", 3, "count", None, "ES"),
      ("value", 300000, "EUR", "cash", "ES")]),
    ("nl", """Douane onderschept ruim 10 miljoen sigaretten

De Douane heeft vorig jaar ruim 10 miljoen illegale sigaretten onderschept, blijkt uit het jaarverslag. Ook werden 4.500 kilo shag en 12.000 liter illegale alcohol in beslag genomen.

Daarnaast voerde de Douane 1,2 miljoen controles uit op goederen en passagiers. Er werden 250 processen-verbaal opgemaakt.""",
     [("items", 10000000, "count", "tobacco", "NL"), ("mass", 4500, "kg", "tobacco", "NL"),
      ("volume", 12000, "l", "alcohol", "NL"), ("checks", 1200000, "count", None, "NL"),
      ("cases_opened", 250, "count", None, "NL")]),
]

DOCS += [
    ("en", """Record cocaine seizure at Port of Antwerp linked to Balkan cartel

Belgian customs have seized 11.5 tonnes of cocaine hidden in a shipment of bananas from Ecuador, the largest single seizure ever made in the port, prosecutors said on Tuesday.

The drugs, with an estimated street value of more than 900 million euros, were discovered in 8 containers. Police in Belgium and the Netherlands arrested 17 suspects in coordinated raids, 12 of them in Belgium.

Antwerp has become Europe's main entry point for cocaine. Last year Belgian authorities seized 110 tonnes, up from 90 tonnes in 2021.""",
     [("mass", 11500, "kg", "drugs", "BE"), ("value", 900000000, "EUR", "drugs", "BE"),
      ("items", 8, "count", "drugs", "BE", "optional"), ("arrests", 17, "count", None, None),
      ("arrests", 12, "count", None, "BE"), ("mass", 110000, "kg", "drugs", "BE"),
      ("mass", 90000, "kg", "drugs", "BE", "optional")]),
    ("en", """Revenue seizes 2.6 million cigarettes at Dublin Port

Revenue officers seized more than 2.6 million cigarettes, branded 'Marlboro', with an estimated retail value of €2.1 million, representing a potential loss to the Exchequer of €1.6 million.

The cigarettes were discovered when officers stopped and searched a trailer which had arrived from Rotterdam. A man in his 40s was arrested.""",
     [("items", 2600000, "count", "tobacco", "IE"), ("value", 2100000, "EUR", "tobacco", "IE"),
      ("value", 1600000, "EUR", "tobacco", "IE"), ("arrests", 1, "count", None, "IE", "optional")]),
    ("en", """Global operation targets illegal wildlife trade

Operation Thunder 2023, coordinated by INTERPOL and the World Customs Organization with the participation of 133 countries, resulted in 2,114 seizures of protected animals and plants.

Among the items seized were 25 tonnes of pangolin scales, 3 tonnes of ivory and more than 1,000 live birds. Some 500 suspects were identified and 190 of them arrested.""",
     [("participating_countries", 133, "count", None, None), ("seizures", 2114, "count", "wildlife", None),
      ("mass", 25000, "kg", "wildlife", None), ("mass", 3000, "kg", "wildlife", None),
      ("items", 1000, "count", "wildlife", None), ("suspects", 500, "count", None, None),
      ("arrests", 190, "count", None, None)]),
]

DOCS += [
    ("de", """Zoll zieht Bilanz: Weniger Zigaretten, mehr Kokain

Der Zoll hat im vergangenen Jahr bundesweit rund 43 Millionen Schmuggelzigaretten sichergestellt – etwa ein Drittel weniger als im Vorjahr. Deutlich gestiegen ist dagegen die Menge des beschlagnahmten Kokains: Mit 35 Tonnen wurde ein neuer Höchstwert erreicht.

Bei rund 1,2 Millionen Kontrollen im Reiseverkehr wurden zudem Barmittel in Höhe von 52 Millionen Euro festgestellt. Die Zollfahndung leitete 6.100 Strafverfahren ein.""",
     [("items", 43000000, "count", "tobacco", "DE"), ("mass", 35000, "kg", "drugs", "DE"),
      ("checks", 1200000, "count", None, "DE"), ("value", 52000000, "EUR", "cash", "DE"),
      ("cases_opened", 6100, "count", None, "DE")]),
    ("fr", """Belgique : 4 tonnes de cocaïne saisies dans le port d'Anvers en une semaine

Les douanes belges ont intercepté plus de 4 tonnes de cocaïne en une semaine dans le port d'Anvers, a annoncé le SPF Finances vendredi. La drogue était dissimulée dans des cargaisons de fruits en provenance d'Équateur et du Panama.

La valeur de revente est estimée à 300 millions d'euros. Aucune arrestation n'a eu lieu à ce stade. L'an dernier, 116 tonnes de cocaïne avaient été saisies à Anvers.""",
     [("mass", 4000, "kg", "drugs", "BE"), ("value", 300000000, "EUR", "drugs", "BE"),
      ("mass", 116000, "kg", "drugs", "BE")]),
    ("it", """Fiumicino, sequestrati 12 chili di cocaina in una valigia: arrestato un passeggero

I finanzieri del Comando provinciale di Roma e i funzionari dell'Agenzia delle Dogane hanno arrestato all'aeroporto di Fiumicino un cittadino brasiliano di 29 anni, proveniente da San Paolo, trovato in possesso di 12 chilogrammi di cocaina nascosti nel doppiofondo di una valigia.

La droga, una volta immessa sul mercato, avrebbe fruttato oltre 2,5 milioni di euro.""",
     [("mass", 12, "kg", "drugs", "IT"), ("arrests", 1, "count", None, "IT", "optional"),
      ("value", 2500000, "EUR", "drugs", "IT")]),
]

DOCS += [
    ("es", """La Policía Nacional desmantela un laboratorio de drogas sintéticas en Toledo

Agentes de la Policía Nacional han desmantelado en Toledo un laboratorio clandestino en el que se fabricaban drogas sintéticas y han detenido a sus cinco responsables, todos ellos de nacionalidad española.

En el registro se intervinieron 60 kilos de MDMA, 12.000 pastillas de éxtasis, 200 litros de precursores químicos y 35.000 euros en efectivo.""",
     [("arrests", 5, "count", None, "ES"), ("mass", 60, "kg", "drugs", "ES"), ("items", 12000, "count", "drugs", "ES"),
      ("volume", 200, "l", "drugs", "ES"), ("value", 35000, "EUR", "cash", "ES"), ("checks", 1, "count", None, "ES", "optional")]),
    ("pt", """Receita Federal apreende 1,5 tonelada de cocaína no porto de Paranaguá

A Receita Federal apreendeu nesta terça-feira 1,5 tonelada de cocaína escondida em um contêiner com destino à Bélgica, no porto de Paranaguá, no Paraná.

Segundo o órgão, esta é a terceira apreensão do tipo no porto neste ano. Em 2022, foram apreendidas 18 toneladas de cocaína nos portos do país.""",
     [("mass", 1500, "kg", "drugs", "BR"), ("mass", 18000, "kg", "drugs", "BR")]),
    ("nl", """Marechaussee vindt 2 miljoen euro in koffer op Schiphol

De Koninklijke Marechaussee heeft op Schiphol een man aangehouden die 2 miljoen euro aan contant geld in zijn koffer had. De 52-jarige man uit Dubai wilde naar Istanboel vliegen.

Dit jaar onderschepte de marechaussee al 14 miljoen euro aan niet-aangegeven contant geld.""",
     [("value", 2000000, "EUR", "cash", "NL"), ("arrests", 1, "count", None, "NL", "optional"),
      ("value", 14000000, "EUR", "cash", "NL")]),
    ("fr", """Suisse : l'OFDF a saisi 1 200 armes en 2022

L'Office fédéral de la douane et de la sécurité des frontières (OFDF) a saisi l'an dernier 1 200 armes et 8 tonnes de stupéfiants aux frontières suisses, selon son rapport annuel publié mardi.

Les douaniers ont par ailleurs constaté 28 000 infractions et contrôlé près de 4 millions de véhicules.""",
     [("items", 1200, "count", "weapons", "CH"), ("mass", 8000, "kg", "drugs", "CH"),
      ("detections", 28000, "count", None, "CH"), ("checks", 4000000, "count", None, "CH")]),
]

DOCS += [
    ("en", """Drugs gang jailed after £5m cannabis factory raid

Seven members of a gang who ran cannabis factories across the West Midlands have been jailed for a total of 48 years.

Police raided 9 properties in March 2022 and found 2,100 cannabis plants with an estimated street value of £5 million. Officers also recovered £86,000 in cash and a loaded handgun.

Detective Inspector Jane Smith, 47, said: "This was a 12-month investigation involving more than 60 officers." The gang's leader, 34, was sentenced to 11 years at Birmingham Crown Court on Friday.""",
     [("checks", 9, "count", None, "GB"), ("items", 2100, "count", "drugs", "GB"), ("value", 5000000, "GBP", "drugs", "GB"),
      ("value", 86000, "GBP", "cash", "GB"), ("items", 1, "count", "weapons", "GB", "optional"),
      ("arrests", 7, "count", None, "GB", "optional")]),
    ("en", """CBP officers seize $4.1 million in methamphetamine at Otay Mesa

U.S. Customs and Border Protection officers at the Otay Mesa Port of Entry seized 1,120 pounds of methamphetamine concealed in a shipment of tomatoes on Sunday.

The driver, a 38-year-old Mexican citizen, was turned over to Homeland Security Investigations. In fiscal year 2023, CBP officers in the San Diego field office seized more than 52,000 pounds of narcotics.

Call 1-800-BE-ALERT to report suspicious activity.""",
     [("value", 4100000, "USD", "drugs", "US"), ("mass", 508.02, "kg", "drugs", "US"),
      ("mass", 23586.8, "kg", "drugs", "US")]),
]

DOCS += [
    ("en", """Australian Border Force intercepts 450kg of cocaine in Sydney

The Australian Border Force (ABF) has detected 450 kilograms of cocaine hidden inside a shipping container of machinery parts that arrived in Sydney from Brazil.

The drugs have an estimated street value of A$160 million. Three men, aged 29, 35 and 52, were charged with importing a commercial quantity of a border-controlled drug and face a maximum penalty of life imprisonment.

So far this financial year the ABF has seized 3.2 tonnes of cocaine at the border.""",
     [("mass", 450, "kg", "drugs", "AU"), ("value", 160000000, "AUD", "drugs", "AU"), ("arrests", 3, "count", None, "AU"),
      ("mass", 3200, "kg", "drugs", "AU")]),
    ("en", """Thousands of fake goods seized in Manchester raids

Trading Standards officers and Greater Manchester Police seized an estimated 40,000 counterfeit items during raids on 14 shops in the Cheetham Hill area on Wednesday.

The haul, which included fake clothing, perfume and mobile phone accessories, had a potential value of £1.5 million. Eleven people were arrested and four shops were closed.""",
     [("items", 40000, "count", "counterfeit", "GB"), ("checks", 14, "count", None, "GB"),
      ("value", 1500000, "GBP", "counterfeit", "GB"), ("arrests", 11, "count", None, "GB")]),
]
