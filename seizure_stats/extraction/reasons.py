"""Why a figure is what it is: the named rules that decided its metric, unit, category and country.

An analyst asking "why is this 2,320 a count of seizures in Belgium?" and a developer chasing a wrong figure read
the same answer: each figure carries lines such as `metric: term_after_number "saisies" -> seizures` or
`country: home_country agency "Guardia Civil" -> ES`. A line is `<field>: <rule> <evidence>`; the rule is one of
`RULES` below (a test checks that every rule recorded anywhere is declared here), the evidence quotes the words
of the text that made the rule fire.
"""
from __future__ import annotations

from typing import NamedTuple

FIELDS = ("metric", "unit", "category", "country")

#: Every rule the extractor names in a reason, with what it means. Names are stable: they are stored in the
#: warehouse (figure.reasons) and grepped for.
RULES: dict[str, str] = {
    # metric
    "spaced_decimal": "a decimal comma with a stray space before a unit, where the comma is the decimal mark ('7, 792 Kg')",
    "stray_group_space": "a thousands comma with a stray space after it, where the comma groups thousands ('4,996, 200 "
                         "capsules', 'N3, 155,667,500.00'): one number",
    "year_glued": "a year after a year preposition glued by a comma to the amount after it ('En 2022,137 kilos'): two numbers",
    "written_convention": "the document's own numbers ('12,8', '1.234.567') say which mark is its decimal, against "
                          "CLDR's convention for the language in the country",
    "grams_and_milligrams": "an amount in grams and milligrams ('04g and 650mg') is one quantity",
    "quarter_of_unit": "a quarter before a unit word ('ein Viertel Kilogramm', 'a quarter of a tonne') is 0.25 of it",
    "varying_sizes": "a number after a verb of variation ('the shipments vary from 10 to 30 kg') is a typical size, no figure",
    "rounded_restatement": "a weight '14.392 kg' whose whole part the document also gives as a weight ('14 kg') is a decimal",
    "age_after_person": "a two-digit number set off right after a noun of people ('a woman, 34,', 'ein Mann (45)', "
                        "'twee mannen van 41 en 52', 'twee Utrechters van 27 en 44') is an age, no figure",
    "capitalised_number_word": "a number written in words with a capital inside lower-case prose ('Regions Four, Six "
                               "and Ten') is a name, not a count",
    "countries_referred_to": "a number of countries spelled out after a definite article ('the two countries', 'nei "
                             "due paesi') points back at countries named, no count of those taking part",
    "part_of_a_name": "a bare number right after a capitalised word inside its sentence ('Tonic 150', 'modelo Kestrel 7', "
                      "'ZEPHYR 4') is part of a name, no count",
    "staff_count": "a count of officers ('honderd politiemensen', '200 agents') is the staff of an operation, no figure",
    "legal_limit": "a number a few words after a legal limit or allowance ('the permitted quantity', 'erlaubte Menge', "
                   "'seuil de') is the limit, no figure",
    "previous_year": "a number whose clause says the year before the reported one ('im Vorjahr', 'the year before, "
                     "when', 'l'anno precedente (...)'), set against a figure of the same unit just stated: no figure",
    "earlier_year": "a number right after a word of comparison ('contre', 'against', 'gegenüber'), a year or last year "
                    "after it, is another year's figure set against the one just stated, no figure",
    "target": "a number in the clause of a goal or target ('la meta', 'the target') is aimed at, no result",
    "hypothetical": "a number in the clause of a conditional or counterfactual ('could have yielded', 'porterait sur', "
                    "'se evitó que', 'werden können') is what would be, no figure",
    "goods_in_containers": "a count of packages or parcels right after a packing preposition that follows an amount of goods "
                           "('57 kg of heroin among 60 cartons of fruit'): the packaging the goods were in, no figure",
    "cover_load": "a weight or volume right after a load goods were hidden in ('in a cargo of 20 t of bananas'), of goods "
                  "the lexicon does not know, is the cover load's, no figure",
    "unit_word": "a unit of mass or volume right after the number makes it a mass or a volume",
    "lower_bound_of_range": "the lower bound of a range ('between 20 and 30 kg') is no figure: the upper one stands for it",
    "elided_unit": "a bare number with \"of\" and goods in a list opened by a quantity takes its unit ('48 t of hashish, 3 of cocaine')",
    "shared_unit": "the first number of a pair takes the unit written after the second ('33 y 160 kilos')",
    "currency": "a currency sign, code or word beside the number makes it a value (see the unit's reason)",
    "term_after_number": "the noun right after the number says what it counts (a person, container, case or goods "
                         "noun is then resolved by a verb: see verb_resolves)",
    "times_acted": "a count of times ('660-mal fündig', 'intervenute 156 volte'), no comparison after it, beside a verb "
                   "of finding, seizing, reporting or an offence noun, counts offences found",
    "arrest_participle": "an arrest participle right after the number ('23 held') counts arrests",
    "part_of_total": "a part of a total ('612 offences, of which 400 ...') counts what the total counts",
    "list_continues": "a bare number continuing a list in its sentence counts what the previous figure counts",
    "part_of_previous_sentence": "a count with no noun of its own opened by a breakdown word ('Of them, over 4,200 "
                                 "were ...', 'Rund 2 Millionen davon') is a part of the previous sentence's count",
    "list_continues_next_sentence": "a bare number after a country continues the previous sentence's list",
    "term_before_number": "a bare number counts the noun just before it ('cocaine seizures: 12')",
    "money_carried": "money a person carried or hid ('30.000 Euro mit sich', 'carrying $5,000'), in a seizure text, is cash",
    "goods_after_the_next_count": "a weight naming no goods, joined by 'and' to a count of goods of a kind, is of those goods",
    "worth_of_the_originals": "a worth told at the price of the genuine goods ('Originalpreis'), in a sentence about "
                              "fakes, is of counterfeits",
    "brand_of_the_goods": "a brand word ('con marchio X', 'various brands') is no fake: the figure takes the one "
                          "other kind of its sentence",
    "money_before_goods": "an amount of money opening a list of things found, then goods of a kind ('found 12,000 "
                          "euros and 35 kilos of cocaine'), is cash",
    "money_in_accounts": "money held in bank accounts frozen or seized ('cuentas bancarias con 400.000 euros') is cash",
    "worth_of_all_seized": "a worth of all that was seized, named as one whole, is of several kinds: 'other'",
    "worth_of_mixed_goods": "a worth no rule gives one kind (several kinds, goods of no kind, a whole operation) is 'other'",
    "several_kinds": "a value said of several kinds together ('drugs and fakes with a combined value of') has none",
    "restates_a_seizure": "a weight or volume in a sentence with no verb, opening it, right after one of its paragraph "
                          "that seized or found goods ('Het ging om 25 kilogram.') is the amount of what was seized",
    "subject_of_a_seizure": "containers or goods counted at the head of their sentence whose first verb, however far "
                            "after their description, is a verb of seizure ('139 bags ... loaded in A were seized')",
    "after_a_seizure_sentence": "containers or goods counted in a sentence with no verb, right after one of its "
                                "paragraph that seized or found goods ('It concerned 227,000 packets.')",
    "seized_bullets": "an item of a bulleted list whose opening line says what was seized ('la saisie de :')",
    "term_before_brackets": "a number alone in brackets counts the noun right before them ('hoverboards (3 919)')",
    "valued_goods": "a few words then a value ('960 belts valued at R960,000'): goods counted",
    "listed_goods": "an item of a list of goods after a seizure verb ('ont saisi 324 téléphones, 95 cartons ...')",
    "action_noun_before": "premises or vehicles after a noun of checking or of an offence and its preposition "
                          "('huiszoekingen in vier loodsen', 'irregolarità in 382 strutture') count checks or "
                          "offences found",
    "verb_before_a_verb_noun": "people named by a noun that is also a participle of another class ('detuvieron a "
                               "cuatro imputados') take the verb right before their number",
    "arrested_and_charged": "a verb of arrest and one of identification joined by a conjunction right before the "
                            "people counted ('arrested and charged three men'): arrests",
    "events_of_goods": "a bare number after a noun of events and goods 'of' it ('le nombre de saisies d\'héroïne "
                       "... atteint 45') counts the events, not the goods",
    "checked_list_goes_on": "premises or vehicles counted as the next item of a list of things checked, far from "
                            "the check verb, were checked too",
    "verb_resolves": "a person, container, case or goods noun is resolved by the nearest verb (arrested -> arrests)",
    "proceedings_against": "persons named with proceedings opened against them count cases opened",
    "suspect_word": "persons named 'suspects' with no verb near count suspects",
    "case_without_verb": "a case noun with no verb near counts offences found (cases opened need a verb of opening)",
    "cases_of_seizures": "a case noun with no verb near, in a text that named its cases as cases of seizure "
                         "('casos de apreensão', 'cases of seizure'), counts seizures",
    "case_of_a_kind": "a case noun naming the goods of its offence, with no verb near, counts offences found",
    "seized_list_goes_on": "a container or goods noun far from its verb is an item of a list of things seized",
    "goods_parts_in_unit": "after a quantity and a colon, a number of goods of a kind is a part in the quantity's unit",
    "nationality_noun": "a count whose noun is a nationality counts people",
    "nationality_breakdown": "people counted by nationality after a count of people and a colon ('four arrested: "
                             "one Briton, two Nigerians') are its breakdown, never required: no figure",
    "part_of_them": "a number with a partitive pronoun ('nine of them', 'negen van hen') counts the people an arrest "
                    "or identification verb of its own clause names",
    "both_of_them": "'both' standing alone before a verb of arrest ('both were arrested', 'die beiden festgenommen') "
                    "counts two people arrested",
    "the_ones_counted": "a small number after a definite article, no noun, a verb of arrest two words after it ('the two "
                        "were arrested', 'i due sono stati arrestati') counts people arrested",
    "part_of_a_count": "a number, a partitive and a count of people ('141 van de 1 313 gecontroleerde mensen') counts "
                       "those the arrest or identification verb after the people describes",
    "goods_of_a_kind": "goods of a kind counted with no verb that says otherwise, in a text about seizures, are items found",
    "contents_of_packages": "a count right after packages counted and 'containing' ('45 colis contenant 71 pointeurs laser') counts the things found in them",
    "units_of_a_product": "units, pieces or articles of a product of no kind (\"unidades de produtos domésticos\") are goods found",
    "seizure_noun_before": "a container or goods noun counted right after a seizure noun and 'of' ('el decomiso de 166 mil "
                           "artículos') are items",
    "cases_after_seizures": "cases no verb resolves, of no kind, right after seizures were named (in the sentence "
                            "before the number or the one before it) are those seizures told as cases",
    "packages_of_the_find": "a few boxes, parcels or suitcases a verb of checking governs, in a text about "
                            "seizures ('inspected 15 boxes; inside, 324 phones'), are the packaging of the goods "
                            "found: items, not checks",
    "seized_consignments": "consignments or shipments seized or found ('drie zendingen met cocaïne aangetroffen') "
                           "count seizures, one each (figures.md: seized consignments)",
    "packages_of_a_product": "packages or pieces counted and 'of' a noun the lexicon does not know ('90 sacs de "
                             "cyanure', '150 rolls of cable') are units of a product seized: items",
    "packed_goods": "parcels or packages that goods were packed in (a packing word before them, goods of a kind and "
                    "a few words and a place preposition before them, a weight each), in a text about seizures, are "
                    "items; the goods named before them give them their kind",
    # unit
    "no_unit": "no unit or currency beside the number: a count",
    "unit_continues": "a bare number after a country takes the previous quantity's unit ('l'Espagne 30 tonnes et "
                      "le Portugal 4')",
    "places_in_brackets": "a bare number in brackets after a name (a place of the breakdown) is a share of the "
                          "sentence's previous weight or volume, in its unit ('Huambo (50.000) e Bié (40.000)')",
    "part_in_total_unit": "a bare part of a total takes the total's unit ('300 kg, of which 200 in Calabria')",
    "currency_sign": "a universal currency sign before the number (€, £, ¥)",
    "dollar_sign": "a bare '$': the source's currency, else the home country's dollar or peso, else USD",
    "currency_code": "an ISO currency code before the number ('EUR 3 million')",
    "currency_word": "a currency word of the language after the number ('euros', 'francs CFA')",
    "local_currency": "a sign or word read with the world's currency table in the home country ('R' in ZA, 'Rs' in "
                      "LK, 'euros' in FR)",
    "elided_currency": "a bare scaled amount after an amount of money in a sentence that values goods is in its "
                       "currency ('estimée à 6 millions de francs, le camion à deux millions')",
    "home_currency": "a scaled amount after a value word is money of the home country ('valevano 2 milioni')",
    # category
    "term_category": "the category of the noun the number counts",
    "phrase_category": "the categories of the words after the number (one: that one; several: other)",
    "listed_kinds": "a list of kinds goes on after a comma ('de stupéfiants, de contrefaçons et de tabacs')",
    "part_category": "a part of a total in its own words' category, else the total's",
    "inherited_category": "a list item takes the previous (or carried) figure's category",
    "value_of_mixed_goods": "a value of goods of no kind ('merchandise worth', 'mercadorias avaliadas em') has none, "
                            "whatever kinds are named after it",
    "weight_of_mixed_goods": "a weight or volume of goods of no kind ('tonnes of merchandise') in a release of "
                             "several kinds is 'other'",
    "valued_goods_category": "a value of goods named right before 'worth' / 'valued at' takes their category",
    "worth_of_counted_goods": "a value right after a counted figure ('96,000 items worth') is the worth of those "
                              "goods: the figure's category",
    "worth_of_the_goods_between": "an amount whose currency is left out is the worth of the goods named since the "
                                  "previous amount (a vehicle: 'other')",
    "money_seized": "money seized itself ('seized €7,500') is cash",
    "item_set_apart": "a word of another kind than the release's dominant one, set apart from the number by a comma or by the verb that found the goods, is another item or the cover load: the dominant kind",
    "nearest_term": "the nearest word with a category in the sentence",
    "dominant_category": "the document's dominant category (at least 60% of its category words)",
    "theme_of_the_release": "checks, offences found, cases opened, websites shut and parcels inspected in a release "
                            "about one kind (over two thirds of its category words) are of that kind",
    "mixed_goods_of_the_theme": "a value of goods of no kind ('marchandises d'une valeur de') in a release about one "
                                "kind is of that kind (in a release of several kinds: 'other', worth_of_mixed_goods)",
    "goods_of_the_pair": "'33 y 160 kilos de cocaína': the first number of a pair is of the goods after the second",
    "brand_of_the_goods_before": "packages 'of' a brand name ('10424 packets of Mega'), counted after the same packages "
                                 "of goods of a kind in their sentence or the previous one, are those goods",
    "goods_counted_before": "goods of no kind counted as the previous sentence's goods were ('400 000 articles "
                            "contrefaits. 90 000 articles de sport') are of the same kind",
    "goods_named_after": "'cartons of tramadol': the goods named after the counted noun decide its category",
    "vehicles_other": "vehicles and boats seized ('five cars', 'drie voertuigen') are other, whatever they carried",
    "contents_of_the_cover": "a count of containers or cover goods whose phrase goes on with a word putting goods inside "
                             "them ('containing') takes the kind of those goods",
    "goods_outside_category": "goods the lexicon gives no kind ('shoes', 'celulares', 'packets of shirts') are "
                              "other, not the document's main kind (counterfeit excepted)",
    "meat_of_wild_animals": "meat of no animal named, beside protected species or in a wildlife release, is wildlife",
    "crime_of_a_kind": "people arrested for a crime named right after their number (trafficking, possession of drugs or arms) take the kind of goods it names",
    "crime_after_the_verb": "people held for a crime named later in their clause ('60 pessoas foram presas por tráfico "
                            "de drogas', 'in het bezit van drugs') take the kind of goods it names",
    "people_of_the_theme": "arrests and suspects of a release about one kind of goods take that kind",
    "people_of_the_goods": "arrests and suspects counted right after the goods seized in their own sentence (which "
                           "names no other kind) take the kind of those goods",
    "part_of_the_people": "a part of the people counted before ('of whom', 'di cui') takes their kind",
    "cases_of_the_sentence": "cases opened in a sentence naming one kind only, in a release of several kinds, are "
                             "of that kind",
    "worth_of_goods_before": "a worth whose sentence names no kind, right after a sentence of the same paragraph "
                             "about goods of one kind, is the worth of those goods",
    "finds_of_the_sentence": "a count of seizures or finds naming no kind before the next number takes the one kind "
                             "its own sentence names",
    "goods_of_the_sentence_before": "a quantity or count of finds whose sentence names no goods goes on about the goods "
                                    "of one kind of the sentence right before it, in its paragraph",
    "one_of_many_products": "a word of a kind listed after two products of no kind is one item of the goods counted: "
                            "goods of several kinds (other), or fakes in a release about counterfeits",
    "trade_of_the_people": "people counted by a noun of their trade (drug traffickers, dealers) take its category",
    "no_category": "arrests, suspects, checks, cases, websites and countries have no category",
    # country
    "participating_countries": "a count of countries has no country",
    "total_across_countries": "a total over countries named in its sentence has no country",
    "own_place": "a part of a cross-country total names its own country right after it ('14 in Italia')",
    "bound_mention": "a country bound to the number ('Germany (47)', 'l'Italie avec 460', 'Italy 460')",
    "mixed_countries_after": "several countries after the number: no single one is its country",
    "mention_after": "the country named right after the number ('12 of them in Belgium')",
    "country_list": "a list of countries before the number: no single one is its country",
    "mention_before": "the nearest country named in the sentence",
    "home_country": "the document's home country, weighed from the evidence shown",
    "towns_decide": "the document's home country, weighed from the evidence shown with the small towns the text names,"
                    " when the rest leaves it open",
    "local_officers": "officers of a small town at work (\"les douaniers de Millau\") are evidence of the town's"
                      " country, weighed as a place",
    "translated_service": "the document's home country: every place, town and local currency it names is of one "
                          "country, its agencies are named as the text's language names them at home (an Italian "
                          "paper of Croatia: 'la Questura' of Rijeka)",
    "served_there": "a country named near a figure whose own service acts in the paragraph is where it was",
    "national_release": "a country named near a figure of a national release gives way to the home country",
    "served_territory": "the state's own service named near a figure of a territory's release acts in the territory",
    "source_country": "the source's own country (--country or the sources file)",
    "paragraph_mention": "no home country: the last country named earlier in the paragraph",
    "heading_mention": "no home country: the country of the heading (\"Results in Belgium:\") the list line sits under",
    "reporting_country": "a multi-country operation told by one country's source (or naming one country only): the country of its services, named last before the paragraph",
    "no_country": "nothing in the sentence, paragraph or document says where",
}


class Reason(NamedTuple):
    field: str
    rule: str
    evidence: str = ""

    def __str__(self) -> str:
        return f"{self.field}: {self.rule}" + (f" {self.evidence}" if self.evidence else "")


def parse(line: str) -> Reason:
    """The Reason a stored line stands for (the inverse of str())."""
    fld, _, rest = line.partition(": ")
    rule, _, evidence = rest.partition(" ")
    return Reason(fld, rule, evidence)


def quoted(words: str) -> str:
    """Words of the text as evidence, on one line; a ';' (which separates reasons in the warehouse) becomes ','."""
    return '"' + " ".join(words.split()).replace(";", ",") + '"'
