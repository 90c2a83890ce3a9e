"""Document-level fields on texts written for the tests: title, published, operation, period, language."""
from __future__ import annotations

import pytest

from seizure_stats.extraction import extract


@pytest.mark.parametrize("text,operation", [
    ("Customs agencies from 30 countries joined Operation Silver Axe IV to stop illegal pesticides.", "Silver Axe IV"),
    ("L'opération internationale baptisée Shield III a eu lieu en avril 2022.", "Shield III"),
    ("Die internationale Operation \u201ePangea XVI\u201c richtete sich gegen illegale Arzneimittel.", "Pangea XVI"),
    ("Die Operation Dauerte drei Wochen.", None),
    ("La Guardia di Finanza ha concluso l'operazione \u201cTerra Bruciata\u201d con 12 arresti.", "Terra Bruciata"),
    ("La Guardia Civil desarrolló la operación Nautilus en el puerto de Vigo.", "Nautilus"),
    ("De douane voerde de internationale actie Orca uit in zeven havens.", "Orca"),
    ("A PJ desencadeou a Operação 'Mar Alto' no Algarve.", "Mar Alto"),
    ("A joint operation code-named 'Operation Tidal Wave' targeted smugglers.", "Tidal Wave"),
    ("Police said the operation was a success.", None),
    ("El contrabando sigue la denominada \u201cruta del norte\u201d hacia Europa.", None),
])
def test_operation(text, operation):
    assert extract(text).operation == operation


@pytest.mark.parametrize("text,published,period", [
    ("The operation took place in May 2021 across Europe and led to 40 arrests.", None, ("2021-05-01", "2021-05-31")),
    ("Pendant la semaine d'action (du 3 au 9 juin 2019), 500 colis ont été saisis.", None, ("2019-06-03", "2019-06-09")),
    ("In 2020 hat der Zoll 12 Tonnen Kokain beschlagnahmt, mehr als im Jahr 2019.", None, ("2020-01-01", "2020-12-31")),
    ("El año pasado la Agencia Tributaria aprehendió 40 toneladas de hachís.", "2024-02-10", ("2023-01-01", "2023-12-31")),
    ("Police seized 3 kg of heroin.", None, (None, None)),
    ("So far in 2020 the Coast Guard has seized 40,000 pounds of cocaine.", "2020-09-01", (None, None)),
    # an annual review names its year
    ("Zollamt Kiel: Jahresbilanz 2022\n\nDie Beamten stellten 3 Tonnen Tabak sicher.", None, ("2022-01-01", "2022-12-31")),
    ("Bilan 2021 de la douane corse\n\nLes douaniers ont saisi 800 kg de cannabis.", None, ("2021-01-01", "2021-12-31")),
    ("Aduana de Vigo: balance anual 2022\n\nLos agentes se incautaron de 2 toneladas de tabaco.", None, ("2022-01-01", "2022-12-31")),
    ("Border Force annual report 2021: officers seized 9 tonnes of cocaine.", None, ("2021-01-01", "2021-12-31")),
    # the year after the number of a comparison dates that earlier figure, not the text's
    ("Les saisies ont atteint 2 315 contre 1 870 en 2021.", None, (None, None)),
    ("Customs seizures rose to 2,315 against 1,870 in 2021.", None, (None, None)),
    ("Los decomisos subieron a 2.315 frente a 1.870 kilos en 2021.", None, (None, None)),
    # a part of a year: its months, in the year after it, else the document's (the year before if not yet over)
    ("Au premier semestre 2024, les douaniers ont saisi 62 cargaisons.", None, ("2024-01-01", "2024-06-30")),
    ("Nei primi cinque mesi del 2019 la polizia ha sequestrato 40 chili.", None, ("2019-01-01", "2019-05-31")),
    ("Im ersten Quartal 2023 stellte der Zoll 2 Tonnen Tabak sicher.", None, ("2023-01-01", "2023-03-31")),
    ("No primeiro trimestre de 2019 a PRF apreendeu 3 toneladas.", None, ("2019-01-01", "2019-03-31")),
    ("In the second half of the year officers seized 9 tonnes.", "2021-01-15", ("2020-07-01", "2020-12-31")),
    ("In de eerste helft van dit jaar onderschepte de douane 8 ton.", "2023-07-20", ("2023-01-01", "2023-06-30")),
    # a range of months
    ("Entre enero y agosto la aduana incautó 40 toneladas de ropa.", "2014-09-10", ("2014-01-01", "2014-08-31")),
    ("Tussen maart en mei 2022 nam de politie 80 kilo in beslag.", None, ("2022-03-01", "2022-05-31")),
    ("Vom 5. März bis 3. Mai 2019 stellte die Polizei 4 Kilo sicher.", None, ("2019-03-05", "2019-05-03")),
    # the day of a seizure without its year: the document's year, the year before for a day after its date
    ("Customs officers seized 40 kg of ivory on July 30 at the cargo terminal.", "2017-08-02",
     ("2017-07-30", "2017-07-30")),
    ("La douane a saisi 2 tonnes de chanvre le 28 décembre.", "2021-01-05", ("2020-12-28", "2020-12-28")),
    ("Am 5. Mai stellten Zöllner 40 Kilo Kokain sicher.", None, (None, None)),
])
def test_period(text, published, period):
    r = extract(text, published=published)
    assert (r.period_start, r.period_end) == period


def test_figure_period_stated_in_its_sentence():
    text = ("Le port a battu un record en 2018 avec 50 tonnes de cocaïne saisies. En 2014, 8,1 tonnes avaient été "
            "saisies.")
    r = extract(text)
    f = [x for x in r.figures if x.value == 8100][0]
    assert (f.period_start, f.period_end) == ("2014-01-01", "2014-12-31")


def test_title_and_published_from_text():
    text = "Customs seize 2 tonnes of cocaine\n\n18 June 2015\n\nCustoms officers seized 2 tonnes of cocaine."
    r = extract(text)
    assert r.title == "Customs seize 2 tonnes of cocaine"
    assert r.published == "2015-06-18"


def test_title_argument_wins():
    assert extract("Some text about 5 kg of cocaine seized.", title="Given").title == "Given"


@pytest.mark.parametrize("text,lang", [
    ("Die Zollfahnder haben im Hafen mehrere Container mit Zigaretten entdeckt.", "de"),
    ("Gli agenti hanno sequestrato un carico di sigarette nel porto.", "it"),
    ("Los agentes han intervenido un cargamento de tabaco en el puerto.", "es"),
    ("De douane heeft in de haven een lading sigaretten onderschept.", "nl"),
    ("A polícia apreendeu uma carga de tabaco no porto.", "pt"),
    ("Les douaniers ont intercepté une cargaison de cigarettes au port.", "fr"),
    ("Officers intercepted a shipment of cigarettes at the port.", "en"),
])
def test_language_detection(text, lang):
    assert extract(text).language == lang


def test_language_argument_wins():
    assert extract("Officers intercepted a shipment.", language="fr").language == "fr"
