"""The content pipeline: read every content file, build the Knowledge, check it all once.

Every file goes through bot.yamlfile, so any fault names its file and line: the
questionnaire (with its ask_when conditions), the topics, the recommendations and rules, the
texts of each language, the description cues, the relief programmes, the nudge delays and
when the BSO guidance is called for. The
checks that need a domain module's reading of the texts (matching's stop words, describe's
cues) run here too, once, so the model is whole and valid before anything uses it. French
typography is only warned about.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.coverage import coverage_report
from bot.cuecache import CueCache
from bot.cuefile import described_languages, parse_cues
from bot.knowledge import (
    AREAS_SCORED,
    DEFAULT_LANGUAGE,
    HORIZONS,
    PLACEHOLDERS,
    UNITS,
    Action,
    Cues,
    Knowledge,
    NudgeConfig,
    Option,
    Question,
    Signal,
    Topic,
)
from bot.learned import MODEL, ModelError, Shape, read_shape
from bot.matching import check_matching
from bot.relief import load_relief
from bot.rules import Condition, parse_condition, parse_rules
from bot.yamlfile import (
    ContentError,
    ContentFiles,
    LineDict,
    LineList,
    merge,
    require_list,
    require_map,
    require_str,
)


def load_knowledge(content: Path | ContentFiles, cue_cache: CueCache | None = None) -> Knowledge:
    """Load and validate every content file; raise ContentError on the first fault.

    `content` is a folder holding knowledge/ and conversations/, or the organisation's files
    over the shipped ones (ContentFiles). `cue_cache`, if given, may hold the knowledge these
    exact files gave an earlier start, or takes it to save (bot/cuecache.py).
    """
    root = ContentFiles.of(content)
    cache = cue_cache or CueCache(None)
    cache.begin(root)  # the files' key before they are read
    return cache.knowledge(lambda: _read_knowledge(root))


def _read_knowledge(root: ContentFiles) -> Knowledge:
    """Read and check every content file (load_knowledge without its cache)."""
    areas, questions = _parse_questionnaire(root)
    topics = _parse_topics(root)
    points, actions, guidance = _parse_recommendations(root, topics)

    def options_of(question_id: str) -> list[str] | None:
        q = next((q for q in questions if q.id == question_id), None)
        return [o.id for o in q.options] if q else None

    rel = "knowledge/rules.yaml"
    rules = parse_rules(root.load(rel), root.shown(rel), options_of, set(actions))
    texts, warnings = _load_texts(root)
    knowledge = Knowledge(root, areas, questions, points, actions, guidance, rules, texts,
                          topics=topics)
    knowledge.warnings += warnings
    _check_texts(knowledge)
    _check_placeholders(knowledge)
    knowledge.programmes = load_relief(root, knowledge.option_ids())
    knowledge.nudges = _parse_nudges(root)
    knowledge.sharpen = _parse_sharpen(root, knowledge)
    knowledge.signals = _parse_signals(root, options_of, set(guidance))
    for signal in knowledge.signals:  # the line staff see beside the figure
        key = f"guidance_signal_{signal.guidance}"
        if key not in knowledge.texts[DEFAULT_LANGUAGE].get("messages", {}):
            raise ContentError(f"conversations/lang/en.bso.yaml: en lacks messages.{key}")
    check_matching(knowledge)
    knowledge.cues = _parse_all_cues(knowledge)
    _warn_undescribed(knowledge)
    knowledge.learned = _check_learned(root, knowledge)
    return knowledge


def _check_learned(root: ContentFiles, knowledge: Knowledge) -> tuple[Path, Shape] | None:
    """The learned reader's file and header, checked against the questions (if shipped)."""
    if not root.exists(MODEL):
        return None
    try:
        return root.path(MODEL), read_shape(root.path(MODEL), root.shown(MODEL),
                                            knowledge.option_ids())
    except ModelError as exc:
        raise ContentError(str(exc)) from exc


def load_checked(content: Path | ContentFiles, cue_cache: CueCache | None = None) -> Knowledge:
    """The content as `msme-advisor check` passes it: loaded, and the rules' properties hold."""
    knowledge = load_knowledge(content, cue_cache)
    _, problems = coverage_report(knowledge)
    if problems:
        raise ContentError("\n".join(problems))
    return knowledge


def _parse_all_cues(knowledge: Knowledge) -> dict[str, Cues]:
    """Each described language's cues; English must have them, others fall back to English."""
    cues = {lang: parse_cues(knowledge, lang) for lang in described_languages(knowledge)}
    if DEFAULT_LANGUAGE not in cues:
        parse_cues(knowledge, DEFAULT_LANGUAGE)  # raises: English cues are required
    return cues


def _warn_undescribed(knowledge: Knowledge) -> None:
    for lang in knowledge.languages:
        if lang not in knowledge.cues:
            knowledge.warnings.append(f"{lang}: no 'describe' cues; /plan <text> reads English")


def _parse_sharpen(root: ContentFiles, knowledge: Knowledge) -> tuple[str, ...]:
    """`sharpen:` of the questionnaire: the questions a description's plan may wait for."""
    rel = "conversations/questionnaire.yaml"
    doc = require_map(root.load(rel), root.shown(rel), "the questionnaire")
    if doc.get("sharpen") is None:
        return ()
    listed = require_list(doc["sharpen"], doc.where("sharpen"), "'sharpen'")
    found: list[str] = []
    for i, qid in enumerate(listed):
        if knowledge.question(str(qid)) is None:
            raise ContentError(f"{listed.where(i)}: 'sharpen' names unknown question '{qid}'")
        if str(qid) in found:
            raise ContentError(f"{listed.where(i)}: 'sharpen' lists '{qid}' twice")
        found.append(str(qid))
    return tuple(found)


def _parse_nudges(root: ContentFiles) -> NudgeConfig:
    """knowledge/nudges.yaml; a missing file means the defaults (3 and 10 days)."""
    rel = "knowledge/nudges.yaml"
    if not root.exists(rel):
        return NudgeConfig()
    raw = root.load(rel)
    doc = require_map(raw, root.shown(rel), "the nudge delays") if raw is not None \
        else LineDict()
    numbers: dict[str, Any] = {}
    for key, value in doc.items():
        if key not in ("after_plan", "later", "retry", "max_attempts", "recheck",
                       "recheck_below"):
            raise ContentError(f"{doc.where(key)}: unknown setting '{key}'")
        if key != "after_plan":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ContentError(f"{doc.where(key)}: '{key}' must be a number of 0 or more")
            numbers[key] = int(value) if key in ("max_attempts", "recheck_below") \
                else float(value)
    after = NudgeConfig().after_plan
    if doc.get("after_plan") is not None:
        spec = require_map(doc["after_plan"], doc.where("after_plan"), "'after_plan'")
        after = {}
        for horizon, hours in spec.items():
            if horizon not in HORIZONS:
                raise ContentError(f"{spec.where(horizon)}: unknown horizon '{horizon}' "
                                   f"(one of {', '.join(HORIZONS)})")
            if isinstance(hours, bool) or not isinstance(hours, (int, float)) or hours < 0:
                raise ContentError(f"{spec.where(horizon)}: hours must be a number of 0 or more")
            after[horizon] = float(hours)
    return NudgeConfig(after_plan=after, **numbers)


def _load_texts(root: ContentFiles) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Merge every language file (conversations/lang/xx*.yaml, knowledge/lang/xx*.yaml).

    An organisation's copy of a text file that lacks texts the shipped file has (an upgrade
    added them) gets the shipped texts for those; the warnings (second result) say which, per
    file, and where French text lacks its non-breaking spaces.
    """
    texts: dict[str, dict[str, Any]] = {}
    warnings: list[str] = []
    for folder in ("conversations/lang", "knowledge/lang"):
        for name in root.names(folder):
            rel, lang = f"{folder}/{name}", name.split(".")[0]
            shown = root.shown(rel)
            doc = require_map(root.load(rel), shown, "a text file")
            if root.is_own(rel) and (root.shipped / rel).is_file():
                missing = _fill_in(doc, require_map(root.load_shipped(rel), rel, "a text file"))
                if missing:
                    warnings.append(f"{shown} lacks {len(missing)} text(s) of the shipped file, "
                                   f"whose text is used: {', '.join(missing)}")
            merged = texts.setdefault(lang, {})
            if lang == "fr":
                _check_french_typography(doc, warnings)
            for key, value in doc.items():
                if key in merged and isinstance(value, LineDict):
                    for sub in value:
                        if sub in merged[key]:
                            raise ContentError(f"{value.where(sub)}: '{key}.{sub}' defined"
                                               " twice")
                    merged[key] = merge(merged[key], value)
                elif key in merged:
                    raise ContentError(f"{doc.where(key)}: '{key}' defined twice for {lang}")
                else:
                    merged[key] = value
    if DEFAULT_LANGUAGE not in texts:
        raise ContentError("conversations/lang/en.yaml: the English texts are missing")
    return texts, warnings


def _fill_in(own: LineDict, shipped: LineDict, prefix: str = "") -> list[str]:
    """Add to own every key of shipped it lacks, at any depth; return their dotted names."""
    missing = []
    for key, value in shipped.items():
        if key not in own:
            own[key] = value
            own.key_lines[key] = shipped.key_lines.get(key, shipped.line)
            own.key_paths = {**(own.key_paths or {}), key: shipped.path}
            missing.append(prefix + key)
        elif isinstance(own[key], LineDict) and isinstance(value, LineDict):
            missing += _fill_in(own[key], value, f"{prefix}{key}.")
    return missing


#: A ; : ! or ? right after a letter or digit, or after an ordinary space.
_FRENCH_TIGHT = re.compile(r"(?<=\w)[;:!?]| [;:!?]")
#: What the rule does not read: links, times (10:30), HTML tags and entities.
_NOT_PROSE = re.compile(r"https?://\S+|\b\d{1,2}:\d{2}\b|<[^<>]*>|&#?\w+;")
#: A {placeholder} is read as a word: "{name}: " wants its space too.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: Keys whose values are matching data (typed answers, description cues), never shown.
_NOT_SHOWN = frozenset({"describe", "numbers", "units", "matching", "synonyms", "skip_words",
                        "back_words"})


def _check_french_typography(node: Any, warnings: list[str]) -> None:
    """Warn where French shown text lacks the non-breaking space (U+00A0) before ; : ! ?.

    Only a warning: the text still reads, but an ordinary space lets Telegram start a line
    with the sign, and no space at all is an English habit.
    """
    if isinstance(node, LineDict):
        entries = [(node.where(k), v) for k, v in node.items() if k not in _NOT_SHOWN]
    elif isinstance(node, LineList):
        entries = [(node.where(i), v) for i, v in enumerate(node)]
    else:
        return
    for where, value in entries:
        if not isinstance(value, str):
            _check_french_typography(value, warnings)
            continue
        prose = _NOT_PROSE.sub(lambda m: "\0" * len(m.group()), value)
        prose = _PLACEHOLDER.sub(lambda m: "x" * len(m.group()), prose)
        hits = list(_FRENCH_TIGHT.finditer(prose))
        if hits:
            sign = hits[0].group()[-1]
            start = hits[0].start()
            seen = value[max(0, start - 20):hits[0].end()].replace("\n", " ")
            more = f" ({len(hits)} places)" if len(hits) > 1 else ""
            warnings.append(f"{where}: French wants a non-breaking space (U+00A0) before "
                            f"'{sign}' in \"…{seen}\"{more}")


def _parse_questionnaire(root: ContentFiles) -> tuple[tuple[str, ...], tuple[Question, ...]]:
    rel = "conversations/questionnaire.yaml"
    doc = require_map(root.load(rel), root.shown(rel), "the questionnaire")
    areas = require_list(doc.get("areas"), doc.where("areas"), "'areas'")
    area_ids = tuple(str(a) for a in areas)
    for area in AREAS_SCORED:
        if area not in area_ids:
            raise ContentError(f"{areas.where()}: area '{area}' is missing")
    raw_questions = require_list(doc.get("questions"), doc.where("questions"), "'questions'")
    questions: list[Question] = []
    for qi, raw in enumerate(raw_questions):
        entry = require_map(raw, raw_questions.where(qi), "a question")
        qid = str(entry.get("id", ""))
        if not qid or any(q.id == qid for q in questions):
            raise ContentError(f"{entry.where('id')}: question id missing or repeated: '{qid}'")
        area = str(entry.get("area"))
        if area not in area_ids:
            raise ContentError(
                f"{entry.where('area')}: question '{qid}' has unknown area '{area}'"
            )
        unit = entry.get("unit")
        if unit is not None and unit not in UNITS:
            raise ContentError(f"{entry.where('unit')}: unit must be one of {', '.join(UNITS)}")
        raw_options = require_list(entry.get("options"), entry.where("options"), "'options'")
        if len(raw_options) < 2:
            raise ContentError(f"{raw_options.where()}: question '{qid}' needs 2 or more options")
        options: list[Option] = []
        for oi, raw_option in enumerate(raw_options):
            where = raw_options.where(oi)
            spec = raw_option if isinstance(raw_option, LineDict) else {"id": raw_option}
            oid = str(spec.get("id", ""))
            if not oid or any(o.id == oid for o in options):
                raise ContentError(f"{where}: option id missing or repeated in '{qid}': '{oid}'")
            score = spec.get("score")
            if area in AREAS_SCORED and not (isinstance(score, int) and 0 <= score <= 100):
                raise ContentError(f"{where}: option '{qid}.{oid}' needs a score from 0 to 100")
            upto = spec.get("upto")
            if upto is not None and (unit is None or not isinstance(upto, (int, float))):
                raise ContentError(f"{where}: 'upto' needs a number and a unit on the question")
            options.append(Option(oid, oi, score, float(upto) if upto is not None else None))
        unknown = set(entry) - {"id", "area", "unit", "options", "ask_when"}
        if unknown:
            key = sorted(unknown)[0]
            raise ContentError(f"{entry.where(key)}: unknown key '{key}' in question '{qid}'")
        questions.append(Question(qid, area, tuple(options), unit))
    # Conditions come second: they may name any question, and are refused one asked later.
    for position, raw in enumerate(raw_questions):
        if "ask_when" in raw:
            condition = _parse_ask_when(raw, questions, position)
            questions[position] = replace(questions[position], ask_when=condition)
    return area_ids, tuple(questions)


def _parse_ask_when(entry: LineDict, questions: list[Question], position: int) -> Condition:
    """A question's condition, which may name only questions asked before it."""
    qid = questions[position].id
    earlier = {q.id for q in questions[:position]}

    def options_of(question_id: str) -> list[str] | None:
        question = next((q for q in questions if q.id == question_id), None)
        return [o.id for o in question.options] if question else None

    def refuse(question_id: str) -> str | None:
        if question_id in earlier:
            return None
        return (f"'ask_when' of '{qid}' names '{question_id}', which is not asked before it; "
                "a condition may only use answers already given")

    condition = parse_condition(entry["ask_when"], entry.where("ask_when"), options_of, refuse)
    if not condition.questions():  # e.g. {always: true}: say nothing rather than a riddle
        raise ContentError(
            f"{entry.where('ask_when')}: 'ask_when' of '{qid}' must name an earlier question")
    return condition


def _parse_signals(
    root: ContentFiles, options_of: Callable[[str], list[str] | None], guidance: set[str]
) -> list[Signal]:
    """knowledge/guidance.yaml: when members' answers call for each BSO guidance item."""
    rel = "knowledge/guidance.yaml"
    doc = require_map(root.load(rel), root.shown(rel), "the guidance signals")
    items = require_list(doc.get("signals"), doc.where("signals"), "'signals'")
    signals: list[Signal] = []
    for i, raw in enumerate(items):
        entry = require_map(raw, items.where(i), "a signal")
        gid = str(entry.get("guidance"))
        if gid not in guidance:
            raise ContentError(f"{entry.where('guidance')}: unknown BSO guidance '{gid}'")
        if any(s.guidance == gid for s in signals):
            raise ContentError(f"{entry.where('guidance')}: '{gid}' has two signals")
        share = entry.get("share")
        if not isinstance(share, int) or isinstance(share, bool) or not 1 <= share <= 100:
            raise ContentError(f"{entry.where('share')}: share must be a percentage, 1-100")
        when = parse_condition(entry.get("when"), entry.where("when"), options_of)
        signals.append(Signal(gid, when, share))
    return signals


def _parse_topics(root: ContentFiles) -> dict[str, Topic]:
    """knowledge/topics.yaml: the vocabulary of what an action is about, and each one's need."""
    rel = "knowledge/topics.yaml"
    doc = require_map(root.load(rel), root.shown(rel), "the topics file")
    needs = require_list(doc.get("needs"), doc.where("needs"), "'needs'")
    items = require_list(doc.get("topics"), doc.where("topics"), "'topics'")
    topics: dict[str, Topic] = {}
    for i, raw in enumerate(items):
        entry = require_map(raw, items.where(i), "a topic")
        tid = require_str(entry.get("id"), entry.where(), "topic id")
        if tid in topics:
            raise ContentError(f"{entry.where('id')}: duplicate topic '{tid}'")
        about = require_str(entry.get("about"), entry.where(), f"'about' of topic '{tid}'")
        need = str(entry.get("need"))
        if need not in needs:
            raise ContentError(f"{entry.where('need')}: topic '{tid}' has need '{need}'; "
                               f"needs are {', '.join(str(n) for n in needs)}")
        topics[tid] = Topic(tid, need, about)
    return topics


def _action_topics(entry: LineDict, aid: str, topics: dict[str, Topic]) -> tuple[str, ...]:
    """An action's `topics:` list (may be empty), each one from knowledge/topics.yaml."""
    raw = entry.get("topics")
    if raw is None:
        return ()
    items = require_list(raw, entry.where("topics"), f"'topics' of action '{aid}'")
    found: list[str] = []
    for i, topic in enumerate(items):
        if str(topic) not in topics:
            raise ContentError(f"{items.where(i)}: action '{aid}' has unknown topic '{topic}' "
                               "(see knowledge/topics.yaml)")
        if str(topic) in found:
            raise ContentError(f"{items.where(i)}: action '{aid}' lists topic '{topic}' twice")
        found.append(str(topic))
    return tuple(found)


def _parse_recommendations(
    root: ContentFiles, topics: dict[str, Topic],
) -> tuple[tuple[str, ...], dict[str, Action], dict[str, str]]:
    rel = "knowledge/recommendations.yaml"
    doc = require_map(root.load(rel), root.shown(rel), "the recommendations file")
    raw_points = require_list(doc.get("points"), doc.where("points"), "'points'")
    points: list[str] = []
    for i, raw in enumerate(raw_points):
        entry = require_map(raw, raw_points.where(i), "a point")
        points.append(require_str(entry.get("id"), entry.where(), "point id"))
    actions: dict[str, Action] = {}
    raw_actions = require_list(doc.get("actions"), doc.where("actions"), "'actions'")
    for i, raw in enumerate(raw_actions):
        entry = require_map(raw, raw_actions.where(i), "an action")
        aid = require_str(entry.get("id"), entry.where(), "action id")
        if aid in actions:
            raise ContentError(f"{entry.where('id')}: duplicate action id '{aid}'")
        fields = {}
        for key, allowed in (
            ("point", tuple(points)),
            ("area", AREAS_SCORED),
            ("horizon", HORIZONS),
            ("effort", ("low", "medium", "high")),
            ("cost", ("none", "low", "medium", "high")),
        ):
            value = str(entry.get(key))
            if value not in allowed:
                raise ContentError(
                    f"{entry.where(key)}: action '{aid}' {key} must be one of "
                    f"{', '.join(allowed)}; got '{value}'"
                )
            fields[key] = value
        actions[aid] = Action(aid, **fields, topics=_action_topics(entry, aid, topics))
    guidance: dict[str, str] = {}
    raw_guidance = doc.get("bso_guidance") or LineList()
    for i, raw in enumerate(require_list(raw_guidance, doc.where("bso_guidance"), "guidance")):
        entry = require_map(raw, raw_guidance.where(i), "a guidance item")
        gid = require_str(entry.get("id"), entry.where(), "guidance id")
        point = str(entry.get("point"))
        if point not in points:
            raise ContentError(f"{entry.where('point')}: unknown point '{point}'")
        guidance[gid] = point
    return tuple(points), actions, guidance


def _check_texts(knowledge: Knowledge) -> None:
    """English must say everything; other languages missing a key are warnings."""
    required: list[tuple[str, ...]] = [("areas", a) for a in knowledge.areas]
    for q in knowledge.questions:
        required.append(("questions", q.id, "text"))
        required += [("questions", q.id, "options", o.id, "label") for o in q.options]
    required += [("points", p) for p in knowledge.points]
    for aid in knowledge.actions:
        required += [("actions", aid, "title"), ("actions", aid, "steps"), ("actions", aid, "why")]
    for gid in knowledge.bso_guidance:
        required += [("bso_guidance", gid, "title"), ("bso_guidance", gid, "steps")]
    english = knowledge.texts[DEFAULT_LANGUAGE]
    for lang in knowledge.languages:
        for path in required + [("messages", key) for key in english.get("messages", {})]:
            node: Any = knowledge.texts[lang]
            for key in path:
                node = node.get(key) if isinstance(node, dict) else None
            if node is None or node == "" or node == []:
                if lang == DEFAULT_LANGUAGE:
                    raise ContentError(
                        f"conversations/lang or knowledge/lang: en lacks {'.'.join(path)}"
                    )
                knowledge.warnings.append(f"{lang}: missing {'.'.join(path)} (English is used)")
        for aid in knowledge.actions:
            texts = knowledge.texts[lang].get("actions", {}).get(aid, {})
            not_for = texts.get("not_for")
            if not_for is not None and not (isinstance(not_for, str) and not_for.strip()):
                where = texts.where("not_for") if isinstance(texts, LineDict) else lang
                raise ContentError(f"{where}: 'not_for' of action '{aid}' must be a short text")
            steps = knowledge.texts[lang].get("actions", {}).get(aid, {}).get("steps")
            if steps is not None and not (isinstance(steps, list) and 2 <= len(steps) <= 4):
                where = steps.where() if isinstance(steps, LineList) else f"{lang} texts"
                raise ContentError(f"{where}: action '{aid}' needs 2 to 4 steps")
        for q in knowledge.questions:
            for o in q.options:
                label = knowledge.texts[lang].get("questions", {}).get(q.id, {})
                label = label.get("options", {}).get(o.id, {}).get("label")
                if isinstance(label, str) and len(label.encode()) > 60:
                    raise ContentError(f"{lang}: label of {q.id}.{o.id} is too long for a button")


def _check_placeholders(knowledge: Knowledge) -> None:
    """Every {placeholder} of every message is one the code fills in (PLACEHOLDERS).

    A misspelt one ("{aera}") would fail that message for every user of the language.
    """
    for lang in knowledge.languages:
        messages = knowledge.texts[lang].get("messages")
        if not isinstance(messages, LineDict):
            continue  # _check_texts has required English's; other languages fall back to it
        for key, template in messages.items():
            where = messages.where(key)
            if not isinstance(template, str):
                raise ContentError(f"{where}: message '{key}' must be a text")
            allowed = PLACEHOLDERS.get(key, frozenset())
            try:
                fields = [(name, spec, conversion) for _, name, spec, conversion
                          in string.Formatter().parse(template) if name is not None]
            except ValueError as error:
                if not allowed:
                    continue  # never filled in: its braces are shown as written
                raise ContentError(f"{where}: message '{key}': {error}; write {{{{ or }}}} for"
                                   " a brace") from error
            for name, spec, conversion in fields:
                shown = "{" + name + (f"!{conversion}" if conversion else "") \
                    + (f":{spec}" if spec else "") + "}"
                if not allowed:
                    raise ContentError(f"{where}: message '{key}' is given no values, so"
                                       f" '{shown}' would be shown as written")
                if name not in allowed or spec or conversion:
                    names = ", ".join("{" + n + "}" for n in sorted(allowed))
                    raise ContentError(f"{where}: '{shown}' is not a placeholder of message"
                                       f" '{key}' (it has {names})")
