"""Every word of the web page, in English and Spanish: a table, looked up by key.

The rules stage's own sentences (warnings, what a petition lets you dispute, holiday names) are shown
as the rules stage wrote them, in English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from letter4390.web.uploads import UploadStalledError
from parser.core.errors import (
    EncryptedInputError,
    InputError,
    InputTooLargeError,
    Letter4390Error,
    MissingDependencyError,
    OutputError,
    ProcessingTimeoutError,
    UnsupportedInputError,
    UsageError,
)
from parser.facts.later_page import LaterPageError
from rules.deadlines import COLLECTION_AND_INNOCENT_SPOUSE, COLLECTION_ONLY, INNOCENT_SPOUSE_ONLY

LANGUAGES: tuple[str, ...] = ("en", "es")
DEFAULT_LANGUAGE = "en"

EN: Mapping[str, str] = {
    "app_title": "Letter 4390 reader",
    "skip": "Skip to the main content",
    "intro": "Upload an IRS Letter 4390 (a notice of determination from the IRS Independent Office of "
             "Appeals). The page shows what was decided and the last day to petition the U.S. Tax Court.",
    "privacy": "The letter is read by this server and deleted as soon as the answer is sent. "
               "Nothing is kept.",
    "file_label": "The letter: one file, or a photo of each page",
    "file_hint": "PDF, PNG, JPEG, TIFF or iPhone photo (HEIC), up to {size} in all. Photographed page by "
                 "page? Choose all the photos together.",
    "drop_here": "Drop the letter here",
    "too_large": "These files are larger than {size}. Send a smaller scan (fewer pages or a lower "
                 "resolution).",
    "chosen": "Chosen: {name}",
    "chosen_title": "Pages, in the order they will be read",
    "page_n": "Page {n}",
    "move_up": "Move up",
    "move_down": "Move down",
    "remove": "Remove",
    "lang_label": "Language of the summary",
    "as_of_label": "Count days left as of (for volunteers)",
    "as_of_hint": "Leave empty to count from today. Any other day is shown as such on every page.",
    "volunteer_title": "Volunteer form",
    "submit": "Read the letter",
    "working": "Reading the letter… a scan can take a minute.",
    "other_language_name": "English",
    "error_title": "The letter could not be read",
    "result_title": "What the letter says",
    "review_title": "A person must check this before relying on it",
    "review_items": "Check on the letter:",
    "notes_title": "Notes",
    "deadlines_title": "Last days to petition the U.S. Tax Court",
    "no_deadlines": "No Tax Court deadline could be counted for this letter. Read the notes above.",
    "days_left_one": "1 day left",
    "days_left_many": "{n} days left",
    "days_left_today": "TODAY is the last day",
    "days_passed_one": "passed 1 day ago",
    "days_passed_many": "passed {n} days ago",
    "unconfirmed": "Unconfirmed: check the letter date on the letter.",
    "moved_past": "Moved past {date} ({reason}).",
    "review_why": "Why:",
    "counted_from": "Counted {days} days from the letter date, {anchor}.",
    "disputes": "Filed by this day, a petition can dispute: {what}.",
    "deadline_collection_due_process": "Collection (lien or levy): 30-day deadline",
    "deadline_innocent_spouse": "Innocent spouse relief: 90-day deadline",
    "how_to_file": "A petition counts as on time if the U.S. Postal Service postmark is on or before the "
                   "last day, or if it is filed electronically at ustaxcourt.gov (DAWSON) by 11:59 p.m. "
                   "Eastern time that day.",
    "help": "Free help: the Taxpayer Advocate Service, 1-877-777-4778; Low Income Taxpayer Clinics "
            "(IRS Publication 4134, taxpayeradvocate.irs.gov/litc).",
    "still_open_collection_due_process": "You can still ask the Tax Court about the collection "
                                         "decision (lien or levy): {left}, until {date}.",
    "still_open_innocent_spouse": "You can still ask the Tax Court about the innocent spouse decision: "
                                  "{left}, until {date}.",
    "still_open_unconfirmed": "Check the letter date first: these days count from it.",
    "nothing_open": "Every last day to ask the Tax Court about this letter has passed.",
    "no_deadline_open": "No last day to ask the Tax Court could be counted for this letter.",
    "who_can_help": "Who can help: {contact}the Taxpayer Advocate Service (1-877-777-4778) or a Low Income "
                    "Taxpayer Clinic (taxpayeradvocate.irs.gov/litc).",
    "who_can_help_contact": "{name}, the person to contact on the letter{phone}; ",
    "still_open_title": "What you can still do",
    "as_of_banner": "Days are counted as of {date}, not today ({today}). The days left shown here are "
                    "not today's.",
    "as_of_server": "This server counts days as of {date}, not today.",
    "glance_title": "Worth a glance (changes no deadline)",
    "notes_in_english": "",
    "not_found_title": "Page not found",
    "not_found_text": "There is nothing at this address. Go to the start page to read a letter.",
    "method_not_allowed_title": "Not allowed",
    "method_not_allowed_text": "This address does not accept that kind of request.",
    "server_error_title": "Something went wrong",
    "server_error_text": "Something went wrong on the server; try again.",
    "other_error_title": "The request could not be handled",
    "other_error_text": "Try again from the start page.",
    # Errors, by kind. English pages show the error's own, more specific one-line message; these
    # sentences are for Spanish pages and for an error without a message.
    "error_later_page": "This looks like page {page} of a {of}-page letter; send all pages together.",
    "error_stalled": "The upload stopped for more than {seconds} seconds and was cut off; try again.",
    "error_too_large": "The files are too large or have too many pages; send a smaller scan (fewer pages or "
                       "a lower resolution).",
    "error_unsupported": "This file is not a PDF or an image; send the letter as PDF, JPEG, PNG, TIFF or "
                         "iPhone photo (HEIC).",
    "error_encrypted": "The PDF needs a password; send a copy without one, or a scan.",
    "error_usage": "The form is not valid; choose the letter again and resend it.",
    "error_timeout": "Reading the letter took too long or the server is busy; try again in a minute with "
                     "fewer pages or a clearer scan.",
    "error_dependency": "The server lacks a program it needs to read scans; tell whoever runs it.",
    "error_input": "The file could not be read (damaged, empty or incomplete); scan it again.",
    "error_output": "The result could not be prepared; try again.",
    "error_other": "The letter could not be read; try again.",
    "reason_Saturday": "Saturday",
    "reason_Sunday": "Sunday",
    "reason_Christmas Day": "Christmas Day",
    "reason_Emancipation Day": "Emancipation Day",
    "reason_Inauguration Day": "Inauguration Day",
    "reason_Martin Luther King Jr. Day": "Martin Luther King Jr. Day",
    "reason_Independence Day": "Independence Day",
    "reason_Indigenous Peoples' Day": "Indigenous Peoples' Day",
    "reason_Columbus Day": "Columbus Day",
    "reason_Juneteenth National Independence Day": "Juneteenth National Independence Day",
    "reason_Labor Day": "Labor Day",
    "reason_Memorial Day": "Memorial Day",
    "reason_New Year's Day": "New Year's Day",
    "reason_Thanksgiving Day": "Thanksgiving Day",
    "reason_Veterans Day": "Veterans Day",
    "reason_Washington's Birthday": "Washington's Birthday",
    "reason_observed": "observed",
    "disputes_both": "the collection action (the lien and/or levy) and the innocent spouse decision",
    "disputes_collection": "the collection action (the lien and/or levy)",
    "disputes_spouse": "only the innocent spouse decision",
    "facts_title": "Key facts",
    "letter_type": "Letter",
    "letter_type_value": "Letter {value}",
    "letter_type_other": "not a letter the tool knows",
    "collection_title": "Collection decision",
    "innocent_spouse_title": "Innocent spouse decision",
    "not_in_letter": "not found in the letter",
    "needs_check": "check",
    "downloads_title": "Downloads",
    "download_summary": "Summary PDF",
    "download_calendar": "Calendar file (.ics)",
    "download_json": "Result JSON",
    "downloads_once": "Each download works once and is then deleted from the server.",
    "downloads_failed": "The summary could not be made: {reason}",
    "another": "Read another letter",
    "gone_title": "This download is no longer available",
    "gone_text": "Each download works once and expires after a few minutes. Upload the letter again.",
    "not_advice": "This tool reads the letter for you; it is not legal advice.",
    "field_letter_date": "Letter date",
    "field_contact_name": "Person to contact",
    "field_contact_employee_id": "Employee ID",
    "field_contact_phone": "Phone",
    "field_contact_fax": "Fax",
    "field_contact_hours": "Hours",
    "field_taxpayer_name": "Taxpayer",
    "field_taxpayer_id": "Taxpayer ID (last four digits)",
    "field_tax_periods": "Tax periods ended",
    "field_tax_form": "Tax form",
    "field_printed_last_day": "Last day printed on the letter",
    "field_letter_type": "Letter number",
    "field_collection": "Collection decision",
    "field_innocent_spouse": "Innocent spouse decision",
    "action_lien": "Notice of Federal Tax Lien",
    "action_levy": "proposed levy",
    "actions_unknown": "collection action not read",
    "collection_sustained": "sustained: Appeals let the collection action go ahead",
    "collection_not_sustained": "not sustained: Appeals did not let the collection action go ahead",
    "collection_partially_sustained": "partly sustained",
    "collection_unknown": "outcome could not be read",
    "alternatives": "Alternatives considered: {items}",
    "alternative_installment_agreement": "installment agreement",
    "alternative_offer_in_compromise": "offer in compromise",
    "alternative_currently_not_collectible": "currently not collectible",
    "alternative_bond_or_substitution": "bond or substitution of assets",
    "alternative_other": "other",
    "spouse_full_relief": "full relief granted",
    "spouse_partial_relief": "partial relief granted",
    "spouse_denied": "relief denied",
    "spouse_unknown": "outcome could not be read",
    "sections": "under IRC {items}",
}

ES: Mapping[str, str] = {
    "app_title": "Lector de la Carta 4390",
    "skip": "Saltar al contenido principal",
    "intro": "Suba una Carta 4390 del IRS (una notificación de determinación de la Oficina Independiente "
             "de Apelaciones del IRS). La página muestra lo que se decidió y el último día para presentar "
             "una petición ante el Tribunal Tributario de los Estados Unidos.",
    "privacy": "La carta se lee en este servidor y se borra en cuanto se envía la respuesta. "
               "No se guarda nada.",
    "file_label": "La carta: un archivo, o una foto de cada página",
    "file_hint": "PDF, PNG, JPEG, TIFF o foto de iPhone (HEIC), hasta {size} en total. ¿Fotografió la "
                 "carta página por página? Elija todas las fotos juntas.",
    "drop_here": "Suelte la carta aquí",
    "too_large": "Estos archivos pesan más de {size}. Envíe un escaneo más pequeño (menos páginas o "
                 "menor resolución).",
    "chosen": "Elegido: {name}",
    "chosen_title": "Páginas, en el orden en que se leerán",
    "page_n": "Página {n}",
    "move_up": "Subir",
    "move_down": "Bajar",
    "remove": "Quitar",
    "lang_label": "Idioma del resumen",
    "as_of_label": "Contar los días que quedan a partir de (para voluntarios)",
    "as_of_hint": "Déjelo vacío para contar desde hoy. Cualquier otro día se indica en cada página.",
    "volunteer_title": "Formulario para voluntarios",
    "submit": "Leer la carta",
    "working": "Leyendo la carta… un escaneo puede tardar un minuto.",
    "other_language_name": "Español",
    "error_title": "No se pudo leer la carta",
    "result_title": "Lo que dice la carta",
    "review_title": "Una persona debe revisar esto antes de confiar en ello",
    "review_items": "Revise en la carta:",
    "notes_title": "Notas",
    "deadlines_title": "Últimos días para presentar una petición ante el Tribunal Tributario",
    "no_deadlines": "No se pudo calcular ningún plazo del Tribunal Tributario para esta carta. "
                    "Lea las notas de arriba.",
    "days_left_one": "queda 1 día",
    "days_left_many": "quedan {n} días",
    "days_left_today": "HOY es el último día",
    "days_passed_one": "venció hace 1 día",
    "days_passed_many": "venció hace {n} días",
    "unconfirmed": "Sin confirmar: revise la fecha de la carta.",
    "moved_past": "Se pasó del {date} ({reason}).",
    "review_why": "Por qué:",
    "counted_from": "Se cuentan {days} días desde la fecha de la carta, {anchor}.",
    "disputes": "Presentada a más tardar este día, una petición puede impugnar: {what}.",
    "deadline_collection_due_process": "Cobro (gravamen o embargo): plazo de 30 días",
    "deadline_innocent_spouse": "Alivio del cónyuge inocente: plazo de 90 días",
    "how_to_file": "Una petición llega a tiempo si el matasellos del Servicio Postal de los EE. UU. es del "
                   "último día o anterior, o si se presenta electrónicamente en ustaxcourt.gov (DAWSON) "
                   "antes de las 11:59 p. m., hora del Este, de ese día.",
    "help": "Ayuda gratuita: el Servicio del Defensor del Contribuyente, 1-877-777-4778; las Clínicas para "
            "Contribuyentes de Bajos Ingresos (Publicación 4134 del IRS, taxpayeradvocate.irs.gov/litc).",
    "still_open_collection_due_process": "Todavía puede pedir al Tribunal Tributario que revise la "
                                         "decisión sobre el cobro (gravamen o embargo): {left}, hasta el "
                                         "{date}.",
    "still_open_innocent_spouse": "Todavía puede pedir al Tribunal Tributario que revise la decisión sobre "
                                  "el cónyuge inocente: {left}, hasta el {date}.",
    "still_open_unconfirmed": "Revise primero la fecha de la carta: estos días se cuentan desde ella.",
    "nothing_open": "Ya pasaron todos los últimos días para acudir al Tribunal Tributario por esta carta.",
    "no_deadline_open": "No se pudo calcular ningún último día para acudir al Tribunal Tributario por "
                        "esta carta.",
    "who_can_help": "Quién puede ayudar: {contact}el Servicio del Defensor del Contribuyente "
                    "(1-877-777-4778) o una Clínica para Contribuyentes de Bajos Ingresos "
                    "(taxpayeradvocate.irs.gov/litc).",
    "who_can_help_contact": "{name}, la persona de contacto de la carta{phone}; ",
    "still_open_title": "Lo que todavía puede hacer",
    "as_of_banner": "Los días se cuentan a partir del {date}, no de hoy ({today}). Los días que quedan que "
                    "se muestran aquí no son los de hoy.",
    "as_of_server": "Este servidor cuenta los días a partir del {date}, no de hoy.",
    "glance_title": "Para mirar (no cambia ningún plazo)",
    "notes_in_english": "Estas notas están en inglés.",
    "not_found_title": "No se encontró la página",
    "not_found_text": "No hay nada en esta dirección. Vaya a la página de inicio para leer una carta.",
    "method_not_allowed_title": "No permitido",
    "method_not_allowed_text": "Esta dirección no acepta ese tipo de solicitud.",
    "server_error_title": "Algo salió mal",
    "server_error_text": "Algo salió mal en el servidor; inténtelo de nuevo.",
    "other_error_title": "No se pudo atender la solicitud",
    "other_error_text": "Inténtelo de nuevo desde la página de inicio.",
    "error_later_page": "Esto parece la página {page} de una carta de {of} páginas; envíe todas las "
                        "páginas juntas.",
    "error_stalled": "La subida se detuvo por más de {seconds} segundos y se cortó; inténtelo de nuevo.",
    "error_too_large": "Los archivos son demasiado grandes o tienen demasiadas páginas; envíe un escaneo más "
                       "pequeño (menos páginas o menor resolución).",
    "error_unsupported": "Este archivo no es un PDF ni una imagen; envíe la carta como PDF, JPEG, PNG, "
                         "TIFF o foto de iPhone (HEIC).",
    "error_encrypted": "El PDF tiene contraseña; envíe una copia sin contraseña o un escaneo.",
    "error_usage": "El formulario no es válido; elija la carta de nuevo y vuelva a enviarla.",
    "error_timeout": "Leer la carta tardó demasiado o el servidor está ocupado; inténtelo en un minuto "
                     "con menos páginas o un escaneo más claro.",
    "error_dependency": "Al servidor le falta un programa para leer escaneos; avise a quien lo administra.",
    "error_input": "No se pudo leer el archivo (está dañado, vacío o incompleto); escanéelo de nuevo.",
    "error_output": "No se pudo preparar el resultado; inténtelo de nuevo.",
    "error_other": "No se pudo leer la carta; inténtelo de nuevo.",
    "reason_Saturday": "sábado",
    "reason_Sunday": "domingo",
    "reason_Christmas Day": "Navidad",
    "reason_Emancipation Day": "Día de la Emancipación",
    "reason_Inauguration Day": "Día de la Investidura presidencial",
    "reason_Martin Luther King Jr. Day": "Día de Martin Luther King Jr.",
    "reason_Independence Day": "Día de la Independencia",
    "reason_Indigenous Peoples' Day": "Día de los Pueblos Indígenas",
    "reason_Columbus Day": "Día de Colón",
    "reason_Juneteenth National Independence Day": "Juneteenth (Día Nacional de la Independencia)",
    "reason_Labor Day": "Día del Trabajo",
    "reason_Memorial Day": "Día de los Caídos",
    "reason_New Year's Day": "Año Nuevo",
    "reason_Thanksgiving Day": "Día de Acción de Gracias",
    "reason_Veterans Day": "Día de los Veteranos",
    "reason_Washington's Birthday": "Natalicio de Washington",
    "reason_observed": "observado",
    "disputes_both": "la acción de cobro (el gravamen o el embargo) y la decisión sobre el cónyuge inocente",
    "disputes_collection": "la acción de cobro (el gravamen o el embargo)",
    "disputes_spouse": "solo la decisión sobre el cónyuge inocente",
    "facts_title": "Datos principales",
    "letter_type": "Carta",
    "letter_type_value": "Carta {value}",
    "letter_type_other": "no es una carta que la herramienta conozca",
    "collection_title": "Decisión sobre el cobro",
    "innocent_spouse_title": "Decisión sobre el cónyuge inocente",
    "not_in_letter": "no se encontró en la carta",
    "needs_check": "revisar",
    "downloads_title": "Descargas",
    "download_summary": "Resumen en PDF",
    "download_calendar": "Archivo de calendario (.ics)",
    "download_json": "Resultado en JSON",
    "downloads_once": "Cada descarga funciona una sola vez y luego se borra del servidor.",
    "downloads_failed": "No se pudo hacer el resumen: {reason}",
    "another": "Leer otra carta",
    "gone_title": "Esta descarga ya no está disponible",
    "gone_text": "Cada descarga funciona una sola vez y vence a los pocos minutos. Suba la carta de nuevo.",
    "not_advice": "Esta herramienta le lee la carta; no es asesoramiento legal.",
    "field_letter_date": "Fecha de la carta",
    "field_contact_name": "Persona de contacto",
    "field_contact_employee_id": "Número de empleado",
    "field_contact_phone": "Teléfono",
    "field_contact_fax": "Fax",
    "field_contact_hours": "Horario",
    "field_taxpayer_name": "Contribuyente",
    "field_taxpayer_id": "Número de identificación (últimos cuatro dígitos)",
    "field_tax_periods": "Períodos tributarios terminados",
    "field_tax_form": "Formulario",
    "field_printed_last_day": "Último día impreso en la carta",
    "field_letter_type": "Número de carta",
    "field_collection": "Decisión sobre el cobro",
    "field_innocent_spouse": "Decisión sobre el cónyuge inocente",
    "action_lien": "Aviso de Gravamen Federal de Impuestos",
    "action_levy": "embargo propuesto",
    "actions_unknown": "no se leyó la acción de cobro",
    "collection_sustained": "confirmada: Apelaciones permitió seguir con la acción de cobro",
    "collection_not_sustained": "no confirmada: Apelaciones no permitió seguir con la acción de cobro",
    "collection_partially_sustained": "confirmada en parte",
    "collection_unknown": "no se pudo leer el resultado",
    "alternatives": "Alternativas consideradas: {items}",
    "alternative_installment_agreement": "plan de pagos a plazos",
    "alternative_offer_in_compromise": "oferta de transacción",
    "alternative_currently_not_collectible": "actualmente no cobrable",
    "alternative_bond_or_substitution": "fianza o sustitución de bienes",
    "alternative_other": "otra",
    "spouse_full_relief": "se concedió el alivio total",
    "spouse_partial_relief": "se concedió un alivio parcial",
    "spouse_denied": "se negó el alivio",
    "spouse_unknown": "no se pudo leer el resultado",
    "sections": "según el IRC {items}",
}

CATALOGUES: Mapping[str, Mapping[str, str]] = {"en": EN, "es": ES}

MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre")
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def language(requested: str | None) -> str:
    return requested if requested in LANGUAGES else DEFAULT_LANGUAGE


def text(lang: str, key: str, **values: object) -> str:
    template = CATALOGUES[language(lang)][key]
    return template.format(**values) if values else template


def long_date(lang: str, day: dt.date) -> str:
    """"Monday, March 3, 2025" / "lunes, 3 de marzo de 2025" (no locale needed)."""
    if language(lang) == "es":
        return f"{WEEKDAYS_ES[day.weekday()]}, {day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def short_date(lang: str, day: dt.date) -> str:
    """"March 3, 2025" / "3 de marzo de 2025"."""
    if language(lang) == "es":
        return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"
    return f"{day:%B} {day.day}, {day.year}"


def days_left(lang: str, days: int) -> str:
    if days == 0:
        return text(lang, "days_left_today")
    if days > 0:
        return text(lang, "days_left_one") if days == 1 else text(lang, "days_left_many", n=days)
    return text(lang, "days_passed_one") if days == -1 else text(lang, "days_passed_many", n=-days)


# Most specific class first: the first isinstance match names the catalogue sentence.
ERROR_KEYS: tuple[tuple[type[Letter4390Error], str], ...] = (
    (LaterPageError, "error_later_page"),
    (UploadStalledError, "error_stalled"),
    (InputTooLargeError, "error_too_large"),
    (UnsupportedInputError, "error_unsupported"),
    (EncryptedInputError, "error_encrypted"),
    (UsageError, "error_usage"),
    (ProcessingTimeoutError, "error_timeout"),
    (MissingDependencyError, "error_dependency"),
    (InputError, "error_input"),
    (OutputError, "error_output"),
)
# What each deadline lets a petition dispute, as the rules stage words it -> the catalogue's key.
DISPUTES_KEYS: Mapping[str, str] = {
    COLLECTION_AND_INNOCENT_SPOUSE: "disputes_both",
    COLLECTION_ONLY: "disputes_collection",
    INNOCENT_SPOUSE_ONLY: "disputes_spouse",
}
OBSERVED = "observed"  # the holidays package's mark of a holiday moved off a weekend
HTTP_ERROR_KEYS: Mapping[int, tuple[str, str]] = {
    404: ("not_found_title", "not_found_text"),
    405: ("method_not_allowed_title", "method_not_allowed_text"),
    500: ("server_error_title", "server_error_text"),
}


def error_text(lang: str, error: Letter4390Error, detail: str) -> str:
    """The one line shown for `error`: in English its own message (`detail`), in Spanish the sentence
    for its kind (the stages word their errors in English only)."""
    if language(lang) == "en" and detail:
        return detail
    key = next((key for cls, key in ERROR_KEYS if isinstance(error, cls)), "error_other")
    values: dict[str, object] = {}
    if isinstance(error, LaterPageError):
        values.update(page=error.found.page, of=error.found.of)
    if isinstance(error, UploadStalledError):
        values.update(seconds=f"{error.seconds:g}")
    return CATALOGUES[language(lang)][key].format(**values)


def http_error_text(lang: str, status: int) -> tuple[str, str]:
    title, message = HTTP_ERROR_KEYS.get(status, ("other_error_title", "other_error_text"))
    return text(lang, title), text(lang, message)


def disputes_text(lang: str, disputes: str) -> str:
    key = DISPUTES_KEYS.get(disputes)
    return text(lang, key) if key is not None else disputes.rstrip(".")


def reason_text(lang: str, reason: str) -> str:
    """Why a day was passed over ("Sunday; Emancipation Day", "New Year's Day (observed)"), in `lang`;
    a name the catalogue lacks (a court closure's own reason) is shown as written."""
    return "; ".join(_reason_part(lang, part) for part in reason.split("; "))


def _reason_part(lang: str, part: str) -> str:
    name, observed, _rest = part.partition(f" ({OBSERVED})")
    catalogue = CATALOGUES[language(lang)]
    shown = catalogue.get(f"reason_{name}", name)
    return f"{shown} ({catalogue[f'reason_{OBSERVED}']})" if observed else shown
