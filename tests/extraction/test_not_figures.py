"""Numbers that must not become figures while others in the same sentence do (our own sentences)."""
from __future__ import annotations

import pytest

from seizure_stats.extraction import extract

# (language, text, values that must not be figures, values that must be)
CASES = [
    # amounts smuggled (or that someone tried to smuggle), not seized
    ("en", "The gang smuggled 3 tonnes of cocaine into Europe before police seized 400 kg in Antwerp.", [3000], [400]),
    ("en", "The network attempted to smuggle 2,000 kg of hashish; officers seized 800 kg.", [2000], [800]),
    ("fr", "Le réseau avait fait passer 5 tonnes de cocaïne en Europe ; les enquêteurs en ont saisi 300 kilos.", [5000], [300]),
    ("de", "Die Bande hatte 4 Tonnen Kokain nach Europa geschmuggelt; der Zoll stellte 500 Kilogramm sicher.", [4000], [500]),
    ("it", "L'organizzazione aveva introdotto illegalmente 3 tonnellate di cocaina; ne sono stati sequestrati 200 chili.",
     [3000], [200]),
    ("es", "La red había introducido 4 toneladas de cocaína en España; los agentes intervinieron 500 kilos.", [4000], [500]),
    ("nl", "De bende smokkelde 3.000 kilo cocaïne naar Europa; de politie nam 400 kilo in beslag.", [3000], [400]),
    ("pt", "A rede tentou introduzir 2 toneladas de cocaína; a PJ apreendeu 600 quilos.", [2000], [600]),
    # ... but smuggled goods that were seized are figures
    ("en", "Officers seized 300 kg of cocaine that was being smuggled in a container.", [], [300]),
    ("en", "A passenger who attempted to smuggle 5 kg of cocaine, which customs seized, was arrested.", [], [5]),
    ("de", "Der Zoll stellte 500 Kilogramm geschmuggelte Zigaretten sicher.", [], [500]),
    ("de", "Die Bande schmuggelte 4 Tonnen Kokain, die der Zoll beschlagnahmte.", [], [4000]),
]


@pytest.mark.parametrize("language,text,absent,present", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_not_a_figure(language, text, absent, present):
    values = [f.value for f in extract(text, language=language).figures]
    for v in absent:
        assert not any(abs(x - v) <= 0.005 * v for x in values), values
    for v in present:
        assert any(abs(x - v) <= 0.005 * v for x in values), values
