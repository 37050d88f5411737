"""Precision and recall of /plan <description> on the labelled sets of descriptions.

Each file in a set lists texts with the answers they really give; every other question is
expected unknown, so reading an answer there counts as a false positive. `offtopic.yaml`
holds texts that say nothing about a business: any answer read there is an off-topic reading.
Figures per question, per language, texts read fully right, off-topic readings, and the worst
error: a plan that starts with a lower-priority action than the true answers' plan because a
cash or trading answer was misread.

The labelled set is held to 90 % per question; it and the older held-out and unseen sets to
issue 13's goal over all answers (precision ≥ 95 %, recall ≥ 85 %). Blind sets 1 to 5 are
reported, before and after, in docs/DESCRIPTIONS.md, not enforced: they guided the cues.
On every one of these sets no off-topic text may be read and no plan may start lower
because a cash or trading answer was misread. Sealed sets are only measured and printed.
Run `PYTHONPATH=. python -m tests.test_describe_accuracy` to print the tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from bot.describe import Describer
from bot.knowledge import Knowledge
from bot.plan import build_plan

FOLDER = Path(__file__).parent / "descriptions"
#: The sets: the labelled development set, then later sets, each written without the cues.
SETS = {"labelled": FOLDER, "held-out": FOLDER / "held_out", "unseen": FOLDER / "unseen",
        "blind1": FOLDER / "blind1", "blind2": FOLDER / "blind2", "blind3": FOLDER / "blind3",
        "blind4": FOLDER / "blind4", "blind5": FOLDER / "blind5", "blind7": FOLDER / "blind7",
        "blind6": FOLDER / "blind6", "blind8": FOLDER / "blind8", "blind9": FOLDER / "blind9",
        "blind10": FOLDER / "blind10", "blind11": FOLDER / "blind11",
        "blind12": FOLDER / "blind12", "blind13": FOLDER / "blind13",
        "blind14": FOLDER / "blind14", "blind15": FOLDER / "blind15",
        "blind16": FOLDER / "blind16", "blind19": FOLDER / "blind19",
        "blind20": FOLDER / "blind20", "blind21": FOLDER / "blind21",
        "blind25": FOLDER / "blind25", "blind27": FOLDER / "blind27",
        "blind29": FOLDER / "blind29", "blind30": FOLDER / "blind30",
        "blind32": FOLDER / "blind32", "blind34": FOLDER / "blind34",
        "blind36": FOLDER / "blind36", "blind37": FOLDER / "blind37",
        "blind38": FOLDER / "blind38", "blind39": FOLDER / "blind39",
        "blind40": FOLDER / "blind40", "blind42": FOLDER / "blind42",
        "blind43": FOLDER / "blind43", "blind47": FOLDER / "blind47",
        "blind48": FOLDER / "blind48", "blind49": FOLDER / "blind49",
        "blind50": FOLDER / "blind50", "blind51": FOLDER / "blind51",
        "blind52": FOLDER / "blind52",
        **{name: FOLDER / name for name in (
            "blind17", "blind18", "blind22", "blind23", "blind24", "blind26", "blind28",
            "blind31", "blind33", "blind35", "blind41", "blind44", "blind45", "blind46",
            "blind53", "blind54", "blind57", "blind58", "blind55", "blind56", "blind61",
            "blind62", "blind59", "blind60", "blind63", "blind64", "blind65", "blind66",
            "blind67", "blind68", "blind71", "blind72", "blind69", "blind70", "blind75",
            "blind76", "blind73", "blind74", "blind79", "blind80", "blind77", "blind78",
            "blind83", "blind84", "blind81", "blind82", "blind87", "blind88", "blind85",
            "blind86", "blind91", "blind92", "blind89", "blind90", "blind95", "blind96",
            "blind93", "blind94", "blind99", "blind100", "blind101", "blind97", "blind98",
            "blind104", "blind105", "blind102", "blind103", "blind108", "blind109",
            "blind106", "blind107", "blind112", "blind113", "blind110", "blind111",
            "blind116", "blind117", "blind114", "blind115", "blind120", "blind121",
            "blind118", "blind119", "blind124", "blind125", "blind122", "blind123",
            "blind128", "blind129", "blind126", "blind127", "blind132", "blind133",
            "blind130", "blind131", "blind136", "blind137", "blind134", "blind135",
            "blind140", "blind141", "blind138", "blind139", "blind144", "blind145",
            "blind142", "blind143", "blind148", "blind149", "blind146", "blind147",
            "blind152", "blind153", "blind150", "blind151", "blind156",
            "blind157", "blind154", "blind155", "blind160", "blind161", "blind158",
            "blind159", "blind164", "blind165", "blind162", "blind163", "blind168",
            "blind169", "blind166", "blind167", "blind172", "blind173", "blind170",
            "blind171", "blind176", "blind177", "blind174", "blind175", "blind180",
            "blind181", "blind178", "blind179", "blind184", "blind185", "blind182",
            "blind183", "blind188", "blind189", "blind186", "blind187", "blind192",
            "blind193", "blind190", "blind191", "blind196", "blind197", "blind194",
            "blind195", "blind200", "blind201", "blind198",
            "blind199", "blind204", "blind205", "blind202",
            "blind203", "blind208", "blind209", "blind206",
            "blind207", "blind212", "blind213", "blind210",
            "blind211", "blind216", "blind217", "blind214",
            "blind215", "blind220", "blind221")}}
#: The blind sets: written by people who never saw the reader, each measured once before it
#: guided any change (blind2 and blind4 were sealed until round 2 ended, then guided round 3;
#: blind9 and blind10 were sealed through rounds 4 and 5, then guided 5 and 6; blind6 and
#: blind11, sealed through rounds 3 and 6, guided round 7; blind12 and blind13, sealed through
#: round 7, guided round 8; blind15, sealed through rounds 7 and 8, guided the plans it had
#: calmed; blind14, sealed through rounds 7 and 8, and blind16, new, guided round 9; blind19
#: and blind20, sealed through round 9, guided round 10; blind21, new, guided round 11; blind25
#: and blind27, new, guided round 13; blind29 and blind30, new, guided rounds 14 and 15;
#: blind32, new, guided round 16; blind34, new, guided round 17, and blind36, new, measured
#: after round 17's first part, guided its second; blind37 to blind40, new, guided round 18,
#: and blind42, new, measured after round 18's first part, guided its second; blind43, new,
#: measured before round 19 and after its first part, guided its second; blind47 and blind48,
#: new, measured before round 20, guided it; blind49 and blind50, sealed through round 20's
#: first part, and blind51 and blind52, new and unread through it, guided its second; the
#: fourteen sets sealed until round 20 (17 to 46) guided round 21 through the plans they
#: had calmed and the off-topic texts read, their other texts unread; blind53 and blind54,
#: sealed through round 20 and unsealed once blind55 and blind56 were written, and blind57
#: and blind58, new, measured before round 22, guided it; blind55 and blind56, sealed
#: through round 22 and unsealed once blind59 and blind60 were written, and blind61 and
#: blind62, new, measured before round 23, guided it; blind59 and blind60, sealed through
#: round 23, then read only for the plans they had calmed and the off-topic texts read;
#: blind63 and blind64, new, measured before round 24, guided it; blind65 and blind66, sealed
#: through round 24, then read only for the one plan 65 had calmed, then read to guide round
#: 25; blind67 and blind68, sealed through round 25, and blind71 and blind72, new, measured
#: before round 26, guided it; blind69 and blind70, sealed through round 26, and blind75 and
#: blind76, new, measured before round 27, guided it; blind73 and blind74, sealed through
#: round 27, and blind79 and blind80, new, measured before round 28, guided it; blind77 and
#: blind78, sealed through round 28, and blind83 and blind84, new, measured before round
#: 29, guided it; blind81 and blind82, sealed through round 29, and blind87 and blind88, new,
#: measured before round 30, guided it; blind85 and blind86, sealed through round 30, and
#: blind91 and blind92, new, measured before round 31, guided it; blind89 and blind90, sealed
#: through round 31, and blind95 and blind96, new, measured before round 32, guided it;
#: blind93 and blind94, sealed through round 32, and blind99 and blind100, new, measured
#: before round 33, guided it; blind101, 36 off-topic texts only, written hard (words of
#: business about others, employees, households, homework, scams), measured after round 33,
#: guided round 34's first part; blind97 and blind98, sealed through round 33, and blind104
#: and blind105, new, measured before round 34, guided its second part; blind102 and blind103,
#: sealed through round 34, and blind108 and blind109, new, measured before round 35, guided
#: it (and, with every set above, trained its learned model); blind106 and blind107, sealed
#: through round 35, and blind112 and blind113, new, measured before round 36, guided it and
#: trained its model; blind110 and blind111, sealed through round 36, and blind116 and
#: blind117, new, measured before round 37, guided it and trained its model; blind114 and
#: blind115, sealed through round 37, and blind120 and blind121, new, measured before round
#: 38, guided it and trained its model; blind118 and blind119, sealed through round 38, and
#: blind124 and blind125, new, measured before round 39, guided it and trained its model;
#: blind122 and blind123, sealed through round 39, and blind128 and blind129, new, measured
#: before round 40, guided it and trained its model; blind126 and blind127, sealed through
#: round 40, and blind132 and blind133, new, measured before round 41, guided it and trained
#: its model; blind130 and blind131, sealed through round 41, and blind136 and blind137, new,
#: measured before round 42, guided it and trained its model; blind134 and blind135, sealed
#: through round 42, and blind140 and blind141, new, measured before round 43, guided it and
#: trained its model; blind138 and blind139, sealed through round 43, and blind144 and
#: blind145, new, measured before round 44, guided it and trained its model; blind142 and
#: blind143, sealed through round 44, and blind148 and blind149, new, measured before round
#: 45, guided it (its model was not retrained); blind146 and blind147, sealed through round
#: 45, and blind152 and blind153, new, measured before round 46, guided it; blind150 and
#: blind151, sealed through round 46, and blind156 and blind157, new, measured before round
#: 47, guided it; blind154 and blind155, sealed through round 47, and blind160 and blind161,
#: new, measured before round 48, guided it; the models of rounds 47 and 48 were trained on all
#: of them; blind158 and blind159, sealed through round 48, and blind164 and blind165, new,
#: measured before round 49, guided it; blind162 and blind163, sealed through round 49, and
#: blind168 and blind169, new, measured before round 50, guided it; blind166 and blind167,
#: sealed through round 50, and blind172 and blind173, new, measured before round 51, guided
#: it; blind170 and blind171, sealed through round 51, and blind176 and blind177, new,
#: measured before round 52, guided it; blind174 and blind175, sealed through round 52, and
#: blind180 and blind181, new, measured before round 53, guided it; blind178 and blind179,
#: sealed through round 53, and blind184 and blind185, new, measured before round 54, guided
#: it; blind182 and blind183, sealed through round 54, and blind188 and blind189, new,
#: measured before round 55, guided it; blind186 and blind187, sealed through round 55, and
#: blind192 and blind193, new, measured before round 56, guided it; blind190 and blind191,
#: sealed through round 56, and blind196 and blind197, new, measured before round 57, guided
#: it; blind194 and blind195, sealed through round 57, and blind200 and blind201, new, measured
#: before round 58, guided it; blind198 and blind199, sealed through round 58, and blind204
#: and blind205, new, measured before round 59, guided it; blind202 and blind203, sealed
#: through round 59, and blind208 and blind209, new, measured before round 60, guided it;
#: blind206 and blind207, sealed through round 60, and blind212 and blind213, new, measured
#: before round 61, guided it; blind210 and blind211, sealed through round 61, and blind216
#: and blind217, new, measured before round 62, guided it; blind214 and blind215, sealed
#: through round 62, and blind220 and blind221, new, measured before round 63, guided it;
#: their first figures are in
#: docs/DESCRIPTIONS.md and each set's MEASURED.md or BEFORE.md). Their figures are
#: reported, not held to the goal, since they were tuned on; the texts and off-topic texts
#: each holds:
BLIND = {"blind1": (100, 10), "blind2": (45, 6), "blind3": (100, 10), "blind4": (45, 6),
         "blind5": (100, 10), "blind6": (45, 6), "blind7": (72, 6), "blind8": (90, 6),
         "blind9": (51, 6), "blind10": (51, 6), "blind11": (51, 6), "blind12": (66, 6),
         "blind13": (66, 6), "blind14": (66, 6), "blind15": (66, 6), "blind16": (66, 6),
         "blind19": (66, 6), "blind20": (66, 6), "blind21": (66, 6), "blind25": (66, 6),
         "blind27": (66, 6), "blind29": (66, 6), "blind30": (66, 6), "blind32": (66, 6),
         "blind34": (66, 6), "blind36": (66, 6), "blind37": (66, 6), "blind38": (66, 6),
         "blind39": (66, 6), "blind40": (66, 6), "blind42": (66, 6), "blind43": (66, 6),
         "blind47": (66, 6), "blind48": (66, 6), "blind49": (51, 6), "blind50": (51, 6),
         "blind51": (66, 6), "blind52": (66, 6),
         "blind17": (66, 6), "blind18": (66, 6), "blind22": (66, 6), "blind23": (66, 6),
         "blind24": (51, 6), "blind26": (51, 6), "blind28": (51, 6), "blind31": (51, 6),
         "blind33": (51, 6), "blind35": (51, 6), "blind41": (51, 6), "blind44": (51, 6),
         "blind45": (51, 6), "blind46": (66, 6), "blind53": (51, 6), "blind54": (51, 6),
         "blind57": (66, 6), "blind58": (66, 6), "blind55": (51, 6), "blind56": (51, 6),
         "blind61": (66, 6), "blind62": (66, 6), "blind59": (51, 6), "blind60": (51, 6),
         "blind63": (66, 6), "blind64": (66, 6), "blind65": (51, 6), "blind66": (51, 6),
         "blind67": (51, 6), "blind68": (51, 6), "blind71": (66, 6), "blind72": (66, 6),
         "blind69": (51, 6), "blind70": (51, 6), "blind75": (66, 6), "blind76": (66, 6),
         "blind73": (51, 6), "blind74": (51, 6), "blind79": (66, 6), "blind80": (66, 6),
         "blind77": (51, 6), "blind78": (51, 6), "blind83": (66, 6), "blind84": (66, 6),
         "blind81": (51, 6), "blind82": (51, 6), "blind87": (66, 6), "blind88": (66, 6),
         "blind85": (51, 6), "blind86": (51, 6), "blind91": (66, 6), "blind92": (66, 6),
         "blind89": (51, 6), "blind90": (51, 6), "blind95": (66, 6), "blind96": (66, 6),
         "blind93": (51, 6), "blind94": (51, 6), "blind99": (66, 6), "blind100": (66, 6),
         "blind101": (36, 36), "blind97": (51, 6), "blind98": (51, 6), "blind104": (66, 6),
         "blind105": (66, 6), "blind102": (51, 6), "blind103": (51, 6), "blind108": (66, 6),
         "blind109": (66, 6), "blind106": (51, 6), "blind107": (51, 6),
         "blind112": (66, 6), "blind113": (66, 6), "blind110": (51, 6),
         "blind111": (51, 6), "blind116": (66, 6), "blind117": (66, 6),
         "blind114": (51, 6), "blind115": (51, 6), "blind120": (66, 6), "blind121": (66, 6),
         "blind118": (51, 6), "blind119": (51, 6), "blind124": (66, 6), "blind125": (66, 6),
         "blind122": (51, 6), "blind123": (51, 6), "blind128": (66, 6), "blind129": (66, 6),
         "blind126": (51, 6), "blind127": (51, 6), "blind132": (66, 6), "blind133": (66, 6),
         "blind130": (51, 6), "blind131": (51, 6), "blind136": (66, 6), "blind137": (66, 6),
         "blind134": (51, 6), "blind135": (51, 6), "blind140": (66, 6), "blind141": (66, 6),
         "blind138": (51, 6), "blind139": (51, 6), "blind144": (66, 6), "blind145": (66, 6),
         "blind142": (51, 6), "blind143": (51, 6), "blind148": (66, 6), "blind149": (66, 6),
         "blind146": (51, 6), "blind147": (51, 6), "blind152": (66, 6), "blind153": (66, 6),
         "blind150": (51, 6), "blind151": (51, 6), "blind156": (66, 6), "blind157": (66, 6),
         "blind154": (51, 6), "blind155": (51, 6), "blind160": (66, 6), "blind161": (66, 6),
         "blind158": (51, 6), "blind159": (51, 6), "blind164": (66, 6), "blind165": (66, 6),
         "blind162": (51, 6), "blind163": (51, 6), "blind168": (66, 6), "blind169": (66, 6),
         "blind166": (51, 6), "blind167": (51, 6), "blind172": (66, 6), "blind173": (66, 6),
         "blind170": (51, 6), "blind171": (51, 6), "blind176": (66, 6), "blind177": (66, 6),
         "blind174": (51, 6), "blind175": (51, 6), "blind180": (66, 6), "blind181": (66, 6),
         "blind178": (51, 6), "blind179": (51, 6), "blind184": (66, 6), "blind185": (66, 6),
         "blind182": (51, 6), "blind183": (51, 6), "blind188": (66, 6), "blind189": (66, 6),
         "blind186": (51, 6), "blind187": (51, 6), "blind192": (66, 6), "blind193": (66, 6),
         "blind190": (51, 6), "blind191": (51, 6), "blind196": (66, 6), "blind197": (66, 6),
         "blind194": (51, 6), "blind195": (51, 6), "blind200": (66, 6), "blind201": (66, 6),
         "blind198": (51, 6), "blind199": (51, 6), "blind204": (66, 6), "blind205": (66, 6),
         "blind202": (51, 6), "blind203": (51, 6), "blind208": (66, 6), "blind209": (66, 6),
         "blind206": (51, 6), "blind207": (51, 6), "blind212": (66, 6), "blind213": (66, 6),
         "blind210": (51, 6), "blind211": (51, 6), "blind216": (66, 6), "blind217": (66, 6),
         "blind214": (51, 6), "blind215": (51, 6), "blind220": (66, 6), "blind221": (66, 6)}
#: Plans a set's labels call calmed only because its writer labels a phrasing otherwise than
#: the sets before it: blind set 25's writer was told to leave a fall of "about half" unlabelled,
#: which the older sets label (and the reader reads) as more than half; blind set 74's writer
#: left "now we close at 8 instead of 12" unlabelled, which the guide every writer since set
#: 47 is given calls partly open ("shorter hours"); blind set 99's writer left "ESCOM cuts
#: power 8 to 10 hours a day now, some days we only run at night" unlabelled, which the same
#: guide calls partly open ("some days or shorter hours"), and blind set 104's writer left a
#: friterie that closes at 2 pm on strike days unlabelled (round 36's learned reader dropped the
#: kind of crisis the cues misread there, and the plan then started with the hours). Listed by
#: their start, so that any other calmed plan still fails.
CALM_BY_CONVENTION = {"blind25": ("I own one PMV bus here in Lae",),
                      "blind74": ("Hola, tengo una botilleria en Puente Alto",),
                      "blind99": ("We mill maize and pack ufa",),
                      # "je ferme a 14h" on strike days: partly open by the same guide
                      "blind104": ("allez franchement marre. friterie",)}
#: Plans a guide set's first measure found calmed, listed by their start until a later round
#: mends them (the list only shrinks, with the fix; any other calmed plan still fails). Round
#: 35 spent itself on the learned reader and left most cue misreads of its new guide sets
#: (it mended blind103's "las ventas se han caído más de la mitad", read as a fall of some,
#: and blind108's "i cut their pay 30%", read as a fall of sales): blind108's feed price
#: rise read as a sales fall, its missed loan payment ("this month I failed") as on track,
#: and "en octubre entregué 40 toneladas, en noviembre 12" as sales stable or up.
CALM_KNOWN: dict[str, tuple[str, ...]] = {
    "blind108": ("Mimi ni mvuvi Mwanza. I have 5", "Mi name Rodolfo, 46, small bro"),
    # Round 36 mended three of the new guide sets' six calmed plans (a debt owed "for two
    # months", "deuda de dos meses", "al día ... el mes que viene se me va a hacer difícil");
    # left: hours or batches cut by power and a flood read partly open where the writers said
    # nothing of trading (107, 112), and a loan "pas fini de rembourser, il est en retard"
    # read at risk, not overdue.
    # (107's bakery mended in round 55: "la cuota del mes ya se me pasó", overdue)
    "blind112": ("Bonjour, je suis Bakary, culti",),
    # Round 37 mended six of its new guide sets' seven (cash on delivery, "staff still on
    # normal hours", "volumes same as last year", a round trip of 2 days now a week, a
    # market's traders taken for sales "ça marche", a loan "paid so far but next 2 months I
    # don't know"); left: a debt "pas fini de payer et c'était pour le 15, on est le 28", read
    # as nothing, beside sales to neighbours on Sundays read partly open
    "blind117": ("Bjr, moi c'est Djenabou 22 ans",),
    # Round 38 mended two of its guide sets' four (a shebeen's "night money is gone" read as
    # cash, a website "à jour" read as debts on track); left: a harvest "cette année on aura
    # moitié ou moins" read as sales down, a debt unread. After round 39 two plans no longer
    # start lower, though the misread stands: set 114's voice note ("medio día" of work
    # still read as half a day of cash) now reads a crisis (conflict, where the writer says
    # blockade), and set 108's lemon grower ("en octubre entregué 40 toneladas, en noviembre
    # 12" still stable or up) has "el paro portuario" read as a blockade.
    # Round 40 mended five of its guide sets' nine (a loan "next one might bounce", a
    # cloth shop owed "should have paid already", "i behind one payment already", "first
    # payment was due last friday i no pay yet", "revenue is the same"); left: a hotel's
    # occupancy "35% cuando siempre andábamos en 80" (no word of sales), mangoes dried "à peine
    # 40 % de l'an passé et donc vendu pareil" read as sales the same, a jewellery stand's
    # "ships aint stopping like before" beside a daughter's "close the stand" read partly
    # open, and a restaurant that shut its dining room for takeaway read partly open where
    # its writer says open and adapted.
    "blind128": ("Bonjour, je suis la presidente",),
    # (set 114's voice note, calmed again in round 41 by its staff's "medio día" read as the
    # shop partly open, no longer is after round 50)
    "blind123": ("Bonjour, resto a Noumea centre",),
    # Round 41 mended the other calmed plans of its guide sets (among them "tienen cortadas
    # las autopistas", "al corriente pero el próximo mes no sé", "cobran cuota", a lost
    # contract "that was more than half our billing"); left: a fall its writer left
    # unlabelled ("sales down half, well maybe less", "je gagne presque rien sur les
    # transferts", "je récolte beaucoup moins", "nos va bien"), a boat that "tourne
    # normalement" beside one at the quay, and a workshop's hours read as partly open
    "blind126": ("Bonsoir. J'ai une société d'ex",),
    "blind132": ("Que tal, tengo un puesto de ta",),
    "blind133": ("Je suis planteur de cacao à Ba",),
    # Round 42 mended five listed above (the retrained model and the round's cues: a
    # Filipina's cash, a cane planter's, an old lady's, a miniatures workshop's, a Dakar
    # boutique's) and its guide sets' other calmed plans but five; left: a bar's proposal to
    # "fermer plus tôt le soir" read partly open, a crêperie's "Urssaf en retard d'un
    # trimestre" read on track (mended in round 49), a cabin owner's "ya debo 2 boletas"
    # unread beside a cash runway the text does not give, "j'ai vendu 25 broutards sur 95"
    # read as sales up (25 then 95 "cette saison"), and a yacht charter's boats counted
    # then and now read as sales the same
    "blind136": ("Naisseur charolais a Moux-en-M",),
    "blind137": ("Location de voiliers a Raiatea",),
    # Round 43's guide sets (134 and 135, sealed through round 42; 140 and 141, new): a
    # Brazil-nut gatherer paid 120 Bs a box, "el año pasado 250", read as sales down by half
    # and his crisis as a blockade (the price fell); a whale-watching boat whose owner had a
    # hip operation, "parados desde entonces", read as sales the same from "los otros barcos
    # del puerto van bien" (the other boats'). Mended: a café's "2 mois de loyer de retard 😬
    # tu peux m'aider?", read as part of the question until an emoji ended the sentence
    "blind134": ("Soy zafrero de castaña, tengo ",),
    "blind141": ("Hola, tengo un barco de avista",
                 # round 59's retrained reader doubts the sector of two minibuses whose road is
                 # shut (read food_service before, from the cafés' sales told first)
                 "Buenas, escribo por los de la "),
    # Round 44's guide sets (138 and 139, sealed through round 43; 144 and 145, new): a
    # smokehouse whose shop is "still open mornings ... but no smoking till the roof is fixed"
    # read as trading as usual; a widow's tearoom "paid so far but the electric bill next month
    # worries me" read as on track ("worries me" was tried and taken back: "the price of dye
    # worries me" is no doubt of paying); a remisería whose drivers work "día por medio" read
    # as partly open; a horsebox coffee bar that "lost about 4k of bookings which is like 60%
    # of what I had booked" read as 60 % left, and its finance "not sure I can make it" not
    # read; a sewing workshop whose VAT is "en retard" not read as overdue; an oil mill whose
    # loan "on le paye plus depuis 8 mois" not read as overdue, its "12 ouvriers" of the
    # season counted and "Internet, Facebook, rien" read as a social page
    "blind138": ("hello pet. Im 58 and a widow, ",),
    # (139's remisería mended in round 57: its drivers' "día por medio" is the staff's, not
    # the business's; 138's tearoom, "the electric bill next month worries me", was mended by
    # "worries me" as a doubt of paying and calmed again once that was narrowed: "the price
    # of dye worries me" doubts no payment)
    "blind144": ("Started a little horsebox coff",),
    "blind145": ("Atelier de confection a Mouscr", "Huilerie moderne a Remchi, wil"),
    # Round 45's guide sets (142 and 143, sealed through round 44; 148 and 149, new): a
    # home hairdresser whose car broke down ("j'annule tous mes rdv cette semaine") read as
    # sales the same from "l'activité marche bien"; an inn with 5 of 11 rooms shut by a fallen
    # maple, read as sales the same and its ice storm unread; a cleaning firm hit by work-permit
    # fees read as sales stopped; a cattle station read as down by half ("lost half the fences")
    # with its overdue bills unread; a fisher's "la veda ya paso" read as sales the same; a
    # cocoa group's payments read on track; weavers who "only sell at the sunday market" read
    # as partly open; cabins of which 2 lost their roof read as trading as usual ("las otras 3
    # siguen alquilando normal"); a snack bar's rent "2 semaines de retard" and a hairdresser's
    # loan "mai toujours pas payé" not read as overdue ("# semaines de retard" and "toujours
    # pas payé" were tried and taken back: late deliveries, a buyer who has not paid). Round
    # 48's model mended the fisher's
    "blind142": ("coiffeuse a domicile sur Pau e", "auberge a North Hatley, 11 cha"),
    "blind148": ("Mbolo. Nous sommes un GIC de 1",),
    # (149's weavers mended in round 53: their exporter "stopped ordering")
    "blind149": ("Alquilo 5 cabañas en San Grego",),
    # Round 46's guide sets (146 and 147 unsealed; 152 and 153 new): a store on a road shut
    # for a rebuild read as open and adapted with no crisis ("only opens at night"); a
    # haulier's A9 "shut since Tuesday for the landslip repairs" (a road shut, read as the
    # business closed); weavers whose shop customer closed and owes them (the closure theirs);
    # a Creole restaurant's cholera unread; a husband's bad back (the owner's illness) and a
    # takeaway shut by a kitchen fire, both unread crises; a mother's extortion read as trading
    # as usual ("las ventas están normales") with her rent 2 months behind unread; a road
    # blocked by a "paro campesino" unread in a text about a granary; Kichwa artisans whose
    # tourists stopped coming, no crisis read; an outfitter whose forest was closed by fires
    # read as closed with no sector ("pourvoirie"); a café's roadworks read as "other" and its
    # rent overdue as at risk; an auberge's lost winter clients unread. Round 47 mended the
    # weavers, the Kichwa artisans and the outfitter (the retrained model), and added a
    # wholesaler whose wrong kind of crisis (economic; the border is closed) is now doubted
    # and asked, so its plan starts lower with none
    "blind146": ("Omeo general store + fuel\n- pp", "Activité : grossiste (produits"),
    "blind147": ("Ti restoran manje kwit a Hinch",),  # (the Wick haulier mended in round 53)
    "blind152": ("Buenas, le escribo por mi mamá", "Buenas tardes, escribo por mi "),
    # (152's joinery mended in round 55: "3 weeks late paying the invoice", overdue)
    # (153's auberge mended in round 60: its lost winter clients now read)
    "blind153": ("Café on Middleton St in Llando",),
    # Round 48's guide sets (154 and 155 unsealed; 160 and 161 new): another business's
    # closure read as ours, a taxi driver's "la boîte de VTC de la gare a fermé, ma voisine
    # esthéticienne aussi" and a mechanic's "mon ancien patron a fermé son garage" (both
    # trading; the closed garage is no longer his). The round mended the others it found: an
    # electrician's loan that "might slip", a depot "en retard avec 2 fournisseurs"
    # (round 52's retrained reader's taxi in St Brieuc mended by round 53's, read calm again
    # by round 54's: its "la boîte de VTC de la gare a fermé" read as our closure, mended
    # again by round 59's; the mechanic mended in round 54)
    # Round 49 mended every calmed plan its guide sets' first measure found (158's metal
    # works, 164's road closed "for the wet", barge cancelled, lost account and "gasoil
    # makanch", 165's dairy loan "qui va être très dure") and, on the way, three older sets'
    # (the crêperie whose Urssaf is "en retard", the smokehouse whose roof half went, the
    # takeaway shut since its fire)
    # Round 50's guide sets, as first measured (162 and 163 unsealed after round 49; 169 new).
    # The round mended 163's dairy and 169's bike hire and hardware shop ("on laisse plus
    # l'argent la nuit" is no cash left), 114's and 160's; its retrained reader calls three
    # calmed: it doubts 26's and 149's economic crisis (a cut order, an exporter gone), so
    # their plans start from a fall of sales or a part shut their writers left unlabelled, and
    # reads 165's wildfire right where the contractor's "we're shut" stays unread
    "blind163": ("Ciber y fotocopias en Moyogalp", "Salut! j'ai un snack food truc",
                 "Mbolo. Je vends poisson congel"),
    "blind165": ("Part owner of a civil contract",),
    # Round 51's guide sets, as first measured and left (166 and 167 unsealed after round
    # 50; the round mended 172's and 173's seven and 166's other): a soap group whose
    # buyer's shop burned in the riots (read closed, its crisis unread), oysters whose harvest
    # stopped read as down some, an agency "35% abajo" (no word of a fall: "abajo" was tried
    # as one and taken back, it read "las ventas abajo mas del 70%" as a rise)
    # (the soap group mended in round 56: "la boutique a brûlé" is a fire in the building,
    # so the riots are its crisis; the agencia mended in round 53, doubted again by round
    # 54's retrained reader, mended in round 56: "35% abajo" reads a fall, and "ventas abajo
    # más del 70%" now reads more than half, where it read a rise in round 51)
    "blind167": ("We farm oysters in Lemmens Inl",),
    # Round 52's guide sets, as first measured and left (170 and 171 unsealed after round 51;
    # 176 and 177 new; the round mended 171's surf shops, 176's break-ins and ferry strike,
    # 177's engine shop, and on the way 26's workshop): a salon whose
    # outages sent the staff home read as stopped, a salon down 30 % after the cannery closed
    "blind177": ("Hi! Mom of two, 38, I own a 4 ",),
    # Round 53's guide sets, as first measured and left (174 and 175 unsealed after round 52;
    # 180 and 181 new; the round mended 174's sewing group, 175's share jeep, 180's weavers,
    # 181's fisher and kayaks):
    # a pitahaya farm whose blight came with the rains (its crisis asked), a dairy farmer of
    # the foot and mouth quarantine who now boils his milk into ghee (its trading unread)
    "blind175": ("Buenas, tenemos finca de pitah",),
    "blind180": ("Agandi sir/madam, I greet you ",),
    # Round 54's guide sets, as first measured and left (178 and 179 unsealed after round 53;
    # 184 and 185 new; the round mended 178's grandmother crabbing and food truck at the
    # taxi rank, 185's wholesale and taxi co-op):
    # a gold dredge's first season (read as a fall of sales its writer left unlabelled),
    # oysters "about half of what we sold" (read down some beside the stock lost), a
    # furniture workshop whose loan payments are "tight" (read
    # on track), a boda rider behind on his bike loan ("i missed 3 days this week"), a pig
    # farmer whose 48 pigs are 11 (read as a fall of more than half, not "rien vendu du tout"),
    # a bed and breakfast whose bridge is shut (the bookings cancelled unread)
    "blind178": ("Howzit. I took over the oyster", "I bought the furniture worksho"),
    "blind179": ("am boda rider in kabale town i", "Je suis éleveuse de porcs à Ba"),
    # round 59: a salon whose generator caught fire, "on fait seulement les tresses mtn dans
    # le petit coin" (read open and adapted; the writer: partly); 184's b&b mended in round 60
    "blind184": ("bsr, je suis une jeune femme d",),
    # Round 55's guide sets (182 and 183 unsealed; 188 and 189 new), as first measured and
    # left: a maquis owner whose best customer, his brother-in-law, never paid (the irony
    # of 182 unread), a restaurant by an airport site whose builders left, a cassava grower
    # and a cacao planter whose crop disease the writers call over, a salon whose power cuts
    # are easing; a fisherman whose restaurants buy half, a fruit haulier in a drought, a
    # grain trader whose maize lost value in store (the round mended 188's cleaning firm and
    # combi, whose customers lost their income, and 189's camel milk; round 59 mended the
    # restaurant by the airport site and the fisherman)
    "blind182": ("Bonsoir. Super, encore une bel",),
    "blind183": ("im 29, i grow cassava on 6 acr",
                 "Agandi. I have a salon in Hoim", "Bonjour. Je suis planteur de c"),
    "blind188": ("Hago fletes con mi camion 3/4,",),
    "blind189": ("grain trader Iringa. I have 80",),
    # Round 56's guide sets (186 and 187 unsealed; 192 and 193 new), as left: a restaurant
    # whose loan "le banquier revoit en septembre" reads on track (its writer: at risk), a pub
    # whose storm is "all sorted" (read as the crisis; the writer: the cost of everything), a
    # trader whose border to Mozambique is shut, "sales to Moz stopped completely, we sell a
    # little in Mtwara town" (read stopped and economic; the writer: more than half, a
    # blockade), a potter whose workshop burned, "no estamos produciendo ni vendiendo nada"
    # (read as sales stopped, which its writer leaves unlabelled beside the workshop closed)
    # (the restaurant in Arbois mended in round 59)
    "blind187": ("Pub's been in the family since",),
    "blind192": ("We are a trading company in Mt", "Buenas noches. Mi taller de ce"),
    # Round 57's guide sets (190 and 191 unsealed; 196 and 197 new), as left: a tailor's "in
    # June we made 1,800,000, last month only 600,000" (read as a rise: "last month" is taken
    # for the time before), a haulier's finance "paid up so far ... it's getting tight" (the
    # doubt's clause names no payment due), a banana farm's boxes a week "bajaron de 2.800 a
    # 2.100" (read as sales down some; its writer leaves sales unlabelled); round 59 mended
    # the haulier
    "blind191": ("My name is Neema, 27 yrs, I am",),
    "blind197": ("Finca bananera de 40 hectareas",),
    # Round 58's guide sets (194 and 195 unsealed; 200 and 201 new), as left: a laundromat
    # "still open 6am-10pm every day like always" (read partly open by its hours; the
    # writer: as usual), a poultry farmer's feed "was 3,400 last year now 4,200" (read as
    # sales up), a miner who "trabajaba en una finca de café que quebró" before the mine he
    # now works (the farm's closure read as his business's, now adapted; "cero ventas" then
    # withheld). The round mended round 41's mini mart, "broke into twice since Easter ... a
    # man come in with a cutlass", and set 194's "j'ai déjà raté 2 mois" (unread till now);
    # round 59 mended the poultry farmer's feed price (201); round 63 the laundromat ("like
    # always" no longer reads sales stable), 209's kiosk, 210's "Pls which help dey", 176's
    # power cuts, 136's cabins, 149's snack and 178's inheritance (cues that answered what
    # their writers left unsaid, taken out).
    "blind201": ("Vivo en Ocotal, 39 años, casad",),
    # Round 60's guide sets (202 and 203 unsealed, 208 and 209 new), as left after it: a chop
    # bar "selling as normal now" whose main trouble is prices (the flood before read as the
    # crisis, its loan read on track), a florist whose apprentice keeps the shop in the
    # afternoons while the owner sits with her dying father (read open and adapted, deliveries
    # stopped; its writer: partly open, the father's illness the crisis), a phone-credit kiosk
    # whose customers top up by Nequi now (read as sales down more than half; its writer:
    # unlabelled). Round 60's retrained reader doubts the sector of a retired teacher's jam
    # kitchen (204), whose fruit growers have nothing to sell her after the frost
    "blind203": ("Auntie Esi here. I sell fufu a",),
    "blind204": ("Je suis une ancienne institutr",),
    "blind208": ("Fleuriste à Dax depuis vingt a",),
    # Round 61's guide sets (206 and 207 unsealed; 212 and 213 new), as left: a coffee grower
    # whose fertiliser "hace dos años estaba a 900" (read as sales stable; the crisis, a
    # price, unread; calmed as it was while sealed)
    "blind206": ("Soy productor de cafe en la mo",),
    # Round 62's guide sets (210 and 211 unsealed; 216 and 217 new), as left: a barber whose
    # generator thieves carried off, "the 3rd shop for our street this month" (read as the
    # power cut and the theft, "other"; its writer: a theft wave, conflict), a young cattle
    # farmer whose buyer stopped when the border closed to cattle over screwworm (read as an
    # epidemic, his herd "sanos"; its writer: the border, a blockade)
    "blind217": ("Que tal, soy Juan Carlos, 30 a",),
    # Round 63's guide sets (214 and 215 unsealed; 220 and 221 new), as left: vehicles
    # parked or dear to run whose plans read calm (a Bolivian haulier with no diesel for a
    # month, his trucks parked; a kombi owner losing passengers to ZUPCO buses; a one-truck
    # haulier whose gearbox went at Makuti; a combi whose fare is fixed while petrol rises)
    "blind215": ("Buenas, tengo 2 camiones en Ca",),
    "blind221": ("Morning. I own 2 kombis runnin", "I have one truck, 30 tonne Sca",
                 "Soy concesionario de una combi"),
    # Round 54's retrained reader doubts a clothing workshop's economic crisis (its one
    # client cancelled half the orders), as round 50's did
    "blind26": ("Salam, atelier de confection à",),
}
#: Off-topic texts a set's first measure found read as something, listed by their start until
#: a later round mends them: each must still be read (the list only shrinks, with the fix),
#: and any other off-topic text read still fails. Blind set 101 (36 hard off-topic texts,
#: written after round 33) read 19 of them; round 34 mended 13 (a job, a wage or a household
#: only; a crisis with no word of a business; blessings, chains, riddles said to be one).
#: Round 50 mended 50 more over the sets (the learned reader's off-topic column, for texts of
#: 30 words or more; a club's, a family's or a savings group's money beside no trade and no
#: other word of a business).
OFFTOPIC_KNOWN: dict[str, tuple[str, ...]] = {
    # left since round 34: a spam offer (riots in Nouméa mended in round 52, read again by
    # round 54's retrained reader, mended by round 59's; a neighbour's news mended in round 54)
    "blind101": ("Dear Admin, we offer 10,000 RE",),
    # rounds 35 to 48, left: lines of fewer than 30 words, which the off-topic column does
    # not judge (bot/learned.py OFF_TOPIC_WORDS): a flooded street said with "our", a quarrel
    # read as a woman's ("je suis fâchée"), homework "with his maths homework" after "my son",
    # a worried "estoy preocupada" about a mother in a cyclone's path, a fuel shortage and
    # schools shut beside "les enfants", a bet on a football match, an aunt's flooded house
    "blind109": ("heavy rain in ktm again, our s",),
    "blind106": ("ma belle-soeur a encore pris m",),
    "blind107": ("can u help my son with his mat",),
    "blind115": ("viste las noticias? dicen que ",),
    "blind118": ("Vous avez vu? L essence toujou",),
    "blind146": ("Qué onda muchá, quién gana hoy",),
    # (round 43's grandmother's flooded house mended in round 54)
    # round 44: a river over its banks in town (a cousin's gambling debt mended in round 56:
    # "él no tiene negocio ni trabajo")
    "blind145": ("Sligo here. The Garavogue came",),
    # rounds 46 and 47: a recipe (151's, "somos 12", mended in round 51; 147's lentils for
    # six mended in round 53: people served are no team)
    # round 48: a flood at an aunt's house (homework in Creole mended; round 52's homework
    # on a loan's interest mended in round 54; the cousin laid off and behind on his truck
    # loan in round 56: "hes not a business just a worker")
    "blind160": ("Inondation a San Pedro, le qua",),
    # Round 57's guide sets, as left: a recipe for 6 people "con tanta crisis", the parallel
    # dollar "la crisis esta fea" for a daughter's studies, a caramel recipe for 15 children
    # (the round mended a child's homework: "l'exercice de mon fils")
    "blind190": ("receta de camarones al ajo com",),
    "blind196": ("A cuanto esta el dolar paralel",),
    "blind197": ("slt vous avez une recette de c",),
    # Round 58's guide sets, as left: a football score asked "pas de courant ici" (read as a
    # power cut); the round mended a brother laid off "He is not in business" and a flood
    # news post "Prions pour nos familles, partagez svp"
    "blind201": ("Qui a gagné hier Bénin-Nigeria",),
    # Round 59's guide sets (198 and 199 unsealed; 204 and 205 new), as left: a brother to be
    # deported asking how to send money by Tigo Money, a tenant whose rent went up asking
    # whether it is legal (each read once while sealed), an aunt's flooded house "Pray for
    # us" (read as a flood); and round 59's retrained reader gives two of set 166's less
    # than 0.8 of being off-topic again: a partner gone, "je paie le loyer toute seule", and a
    # prize scam on WhatsApp
    "blind198": ("buenas, mi hermano está en Hou",),
    "blind199": ("el casero me quiere sacar del ",),
    "blind205": ("Ei Awurade, the rain last nigh",),
    "blind166": ("il est parti. 8 ans ensemble e", "me llego un mensaje de whatsap"),
    # Round 61's guide sets (206 and 207 unsealed; 212 and 213 new), as left: a river over
    # its banks in Kindu, "notre maison aussi ... l'aide de la Croix-Rouge" (read as a flood,
    # as it was while sealed)
    "blind206": ("Le Lualaba a debordé à Kindu, ",),
    # Round 62's guide sets, as left: the dollar's rate asked before a transfer by pago móvil
    # to a sister (read as mobile payments), a flash flood in town "my nans ok" (read as a
    # flood), a brother scammed through Yape (read as mobile payments)
    "blind210": ("cuanto esta el dolar BCV hoy? ",),
    "blind216": ("flash flood in redruth last ni",),
    # round 63's guide set 220: a sister's card debts, dictated in one breath ("elle a pas
    # d'entreprise là c'est juste elle": the phrase does not end its clause)
    "blind220": ("ma soeur a perdu sa job à la f",),
    "blind217": ("Buenas, a mi hermano en Bagua ",),
    # round 49: 158's formal letter for a school's prize; 165's job application, accounting
    # homework, an employee's ERTE pay (a son's BTS file mended in round 51)
    "blind158": ("Dear Sir/Madam,\n\nI am writing ",),
    "blind165": ("Hi, is this where I send my ap", "doing Cert IV accounting at TA",
                 # the ERTE pay, mended by round 53's retrained reader, read again by
                 # round 54's ("somos 80"); the son's BTS file mended in round 54
                 "Hola, a mi me han metido en el"),
    # round 50's guide sets, as first measured and left: an inheritance, flatmates' power
    # bill, a job lost at a winery (the round mended their family's news, homework, a club's
    # and a savings group's accounts, a flooded house, a house move, a wedding, a council's
    # works)
    # round 51's retrained learned reader gives two that round 50's caught less than 0.8 of
    # being off-topic: a brother laid off and behind on his rent, a sister's wedding paid by
    # Orange Money with the tontine's help
    # (163's brother laid off mended in round 54)
    "blind168": ("Bonjour, une question. Avec me", "Parceros llego el recibo de la"),
    # 169's sister's wedding, mended in round 52, read again by round 54's retrained reader
    "blind169": ("Me quedé sin laburo en la bode", "Préparatifs du mariage de ma p"),
    # Round 51's guide sets, as first measured and left: a partner gone ("je paie le loyer
    # toute seule": "les enfants" count as people who work), a wedding at a vineyard (the
    # round mended an exam, a mother in hospital, a prize scam, a job lost, a ferry out, a
    # friend's brother's business, a school's generator, savings, a sick mother)
    # (166's three mended in round 54)
    "blind172": ("Big day yesterday, our daughte",),
    # Round 52's retrained learned reader gives four more less than 0.8 of being off-topic
    # (two above): a son who lost his job and owes the bank, a recipe for a roast piglet for
    # 12 (the round mended 171's flooded quarter, 176's brother's house, 169's wedding and
    # 101's riots)
    # (both mended in round 54)
    # (Round 54's guide sets' flood in town told in shorthand, "pray 4 us ... not asking
    # anything just telling u", and round 55's flood at a cousin's house, "not about
    # business", mended in round 56: the writers say it is no business's)
}
# (Round 53 mended the off-topic texts its guide sets' first measure read: 174's grade 8
# homework about a store's profit, read while sealed in round 52, 180's prayer for a flooded
# cousin, 181's brother laid off.)
#: Sets kept sealed while the reader changed, measured before and after and reported as they
#: came out (docs/DESCRIPTIONS.md); never enforced, so never tuned on. The older sealed sets'
#: figures, up to round 23, are in their MEASURED.md and docs/DESCRIPTIONS.md.
#: blind218 and blind219, written after round 62 (blind214 and blind215, its final sets, then
#: guided round 63), measured at 404322f and after round 63, its final sets; unread.
SEALED: dict[str, Path] = {name: FOLDER / name for name in ("blind218", "blind219")}
#: The texts and off-topic texts of each sealed set.
SEALED_SIZES: dict[str, tuple[int, int]] = {"blind218": (51, 6), "blind219": (51, 6)}
#: Questions a set was not labelled for, so a reading there is neither right nor wrong: the
#: sets written before questionnaire v2 never labelled its three new profile questions.
BEFORE_V2 = frozenset({"crisis_type", "means", "customers"})
UNLABELLED = {"labelled": BEFORE_V2, "held-out": BEFORE_V2, "unseen": BEFORE_V2}
#: The answers whose misreading changes what a plan starts with.
CASH_AND_TRADING = ("cash_runway", "revenue_change", "debts", "trading_status")
OFFTOPIC = "offtopic"
THRESHOLD = 0.90
#: Issue 13's goal for a set as a whole (all answers pooled).
GOAL_PRECISION, GOAL_RECALL = 0.95, 0.85


@dataclass
class Tally:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Measurement:
    """What the reader got right and wrong on one set."""

    questions: dict[str, Tally]
    languages: dict[str, Tally] = field(default_factory=dict)
    cases: dict[str, int] = field(default_factory=dict)
    right: dict[str, int] = field(default_factory=dict)  # texts read exactly as labelled
    offtopic: int = 0
    offtopic_read: list[str] = field(default_factory=list)
    top_differs: int = 0  # the plan's first action is not the true answers' first action
    calm: list[str] = field(default_factory=list)  # started lower after a cash/trading misread

    @property
    def total(self) -> Tally:
        return Tally(*(sum(getattr(t, k) for t in self.questions.values())
                       for k in ("tp", "fp", "fn")))


def load(folder: Path) -> dict[str, list[dict[str, object]]]:
    """The cases of a set per file (language or `offtopic`)."""
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
            for path in sorted(folder.glob("*.yaml"))}


def measure(knowledge: Knowledge, folder: Path, skip: frozenset[str] = frozenset(),
            describer: Describer | None = None) -> Measurement:
    """Read every case of a set and compare with its labels."""
    describer = describer or Describer(knowledge)
    qids = [q.id for q in knowledge.questions if q.id not in skip]
    result = Measurement({qid: Tally() for qid in qids})
    for lang, cases in load(folder).items():
        tally = result.languages.setdefault(lang, Tally())
        for case in cases:
            text = str(case["text"])
            read = describer.read(text, prefer=lang).answers
            got = {q: a for q, a in read.items() if q in qids}
            labels = case["expect"] or {}
            assert isinstance(labels, Mapping)
            expected = {q: str(a) for q, a in labels.items() if q in qids}
            result.cases[lang] = result.cases.get(lang, 0) + 1
            result.right[lang] = result.right.get(lang, 0) + (got == expected)
            for qid in qids:
                for target in (result.questions[qid], tally):
                    if qid in got and got[qid] == expected.get(qid):
                        target.tp += 1
                        continue
                    target.fp += qid in got
                    target.fn += qid in expected
            if lang == OFFTOPIC:
                result.offtopic += 1
                if got:
                    result.offtopic_read.append(text)
            _compare_plans(knowledge, result, text, got, expected)
    return result


def _compare_plans(knowledge: Knowledge, result: Measurement, text: str,
                   got: Mapping[str, str], expected: Mapping[str, str]) -> None:
    read, true = build_plan(knowledge, got), build_plan(knowledge, expected)
    first = [(p.items[0].action, p.items[0].priority) if p.items else ("", 0)
             for p in (read, true)]
    result.top_differs += first[0][0] != first[1][0]
    misread = any(q in got and got[q] != expected.get(q) for q in CASH_AND_TRADING)
    if misread and first[0][1] < first[1][1]:
        result.calm.append(text)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def table(result: Measurement) -> str:
    """Markdown tables: per question, per language, and the plan-level figures."""
    lines = ["| question | expected | found | correct | precision | recall |",
             "|---|---:|---:|---:|---:|---:|"]
    for qid, t in [*result.questions.items(), ("**all answers**", result.total)]:
        lines.append(f"| {qid} | {t.tp + t.fn} | {t.tp + t.fp} | {t.tp} | "
                     f"{percent(t.precision)} | {percent(t.recall)} |")
    lines += ["", "| file | texts | precision | recall | read fully right |",
              "|---|---:|---:|---:|---:|"]
    for lang, t in result.languages.items():
        lines.append(f"| {lang} | {result.cases[lang]} | {percent(t.precision)} | "
                     f"{percent(t.recall)} | {result.right[lang]} |")
    cases = sum(result.cases.values())
    lines += ["", f"Texts read fully right: {sum(result.right.values())} of {cases}. "
              f"Off-topic texts read as something: {len(result.offtopic_read)} of "
              f"{result.offtopic}. First action differs from the true answers' plan: "
              f"{result.top_differs} of {cases}. Plans started lower because a cash or trading "
              f"answer was misread: {len(result.calm)}."]
    lines += [f"- calm after a misread: {text}" for text in result.calm]
    lines += [f"- off-topic read: {text}" for text in result.offtopic_read]
    return "\n".join(lines)


def test_every_language_has_twenty_labelled_descriptions() -> None:
    for lang in ("en", "fr", "es"):
        cases = yaml.safe_load((FOLDER / f"{lang}.yaml").read_text(encoding="utf-8"))
        assert len(cases) >= 20
        assert any(not case["expect"] for case in cases)  # some say nothing usable


def meets_the_goal(result: Measurement, name: str) -> None:
    """Issue 13's goal over all answers: precision ≥ 0.95, recall ≥ 0.85."""
    total = result.total
    assert total.precision is not None and total.recall is not None
    assert total.precision >= GOAL_PRECISION, f"{name}: precision {total.precision:.0%}"
    assert total.recall >= GOAL_RECALL, f"{name}: recall {total.recall:.0%}"


@pytest.fixture(scope="module")
def results(knowledge: Knowledge) -> dict[str, Measurement]:
    describer = Describer(knowledge)
    return {name: measure(knowledge, folder, UNLABELLED.get(name, frozenset()), describer)
            for name, folder in {**SETS, **SEALED}.items()}


def test_labelled_set_per_question_and_overall(results: dict[str, Measurement]) -> None:
    result = results["labelled"]
    print("\n" + table(result))
    assert sum(result.cases.values()) >= 60
    for qid, t in result.questions.items():
        if t.precision is not None:
            assert t.precision >= THRESHOLD, f"{qid}: precision {t.tp}/{t.tp + t.fp}"
        if t.recall is not None:
            assert t.recall >= THRESHOLD, f"{qid}: recall {t.tp}/{t.tp + t.fn}"
    meets_the_goal(result, "labelled")


@pytest.mark.parametrize("name", ["held-out", "unseen"])
def test_older_sets_meet_the_goal(results: dict[str, Measurement], name: str) -> None:
    print(f"\n{name}:\n" + table(results[name]))
    meets_the_goal(results[name], name)


@pytest.mark.parametrize("name", list(BLIND))
def test_blind_sets_are_reported(results: dict[str, Measurement], name: str) -> None:
    """Reported before/after in docs/DESCRIPTIONS.md; their figures are not a target."""
    result = results[name]
    print(f"\n{name}:\n" + table(result))
    assert (sum(result.cases.values()), result.offtopic) == BLIND[name]


@pytest.mark.parametrize("name", list(SEALED))
def test_sealed_sets_are_reported(results: dict[str, Measurement], name: str) -> None:
    """Measured and printed, not enforced: a target here would turn them into tuning sets."""
    result = results[name]
    print(f"\n{name}:\n" + table(result))
    assert (sum(result.cases.values()), result.offtopic) == SEALED_SIZES[name]


@pytest.mark.parametrize("name", list(SETS))
def test_no_plan_starts_lower_after_a_cash_or_trading_misread(
    results: dict[str, Measurement], name: str
) -> None:
    """The worst error, on every set: a misread cash or trading answer that calms the plan."""
    known = CALM_BY_CONVENTION.get(name, ()) + CALM_KNOWN.get(name, ())
    assert [t for t in results[name].calm if not t.startswith(known)] == []
    read = OFFTOPIC_KNOWN.get(name, ())
    assert [t for t in results[name].offtopic_read if not t.startswith(read)] == []


@pytest.mark.parametrize("name", list(CALM_KNOWN))
def test_known_calmed_plans_are_still_calmed(results: dict[str, Measurement], name: str) -> None:
    """A listed calmed plan that is mended must leave the list, so it only shrinks."""
    mended = [start for start in CALM_KNOWN[name]
              if not any(t.startswith(start) for t in results[name].calm)]
    assert mended == [], f"no longer calmed, remove from CALM_KNOWN: {mended}"


@pytest.mark.parametrize("name", list(OFFTOPIC_KNOWN))
def test_known_offtopic_readings_are_still_read(results: dict[str, Measurement],
                                                 name: str) -> None:
    """A listed off-topic reading that is mended must leave the list, so it only shrinks."""
    mended = [start for start in OFFTOPIC_KNOWN[name]
              if not any(t.startswith(start) for t in results[name].offtopic_read)]
    assert mended == [], f"no longer read, remove from OFFTOPIC_KNOWN: {mended}"


def main() -> None:
    """Print the tables of every set for docs/DESCRIPTIONS.md."""
    from bot.content import load_knowledge
    from bot.knowledge import default_root

    knowledge = load_knowledge(default_root())
    describer = Describer(knowledge)
    for name, folder in {**SETS, **SEALED}.items():
        result = measure(knowledge, folder, UNLABELLED.get(name, frozenset()), describer)
        print(f"### {name}\n\n{table(result)}\n")


if __name__ == "__main__":
    main()
