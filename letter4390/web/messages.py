"""Every word of the web page, in English and Spanish: a table, looked up by key.

The rules stage's own sentences (warnings, what a petition lets you dispute, holiday names) are shown
as the rules stage wrote them, in English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("en", "es")
DEFAULT_LANGUAGE = "en"

EN: Mapping[str, str] = {
    "app_title": "Letter 4390 reader",
    "skip": "Skip to the main content",
    "intro": "Upload an IRS Letter 4390 (a notice of determination from the IRS Independent Office of "
             "Appeals). The page shows what was decided and the last day to petition the U.S. Tax Court.",
    "privacy": "The letter is read by this server and deleted as soon as the answer is sent. "
               "Nothing is kept.",
    "file_label": "The letter",
    "file_hint": "PDF, PNG, JPEG or TIFF, up to {size}. Drag the file here or choose it.",
    "drop_here": "Drop the letter here",
    "too_large": "This file is larger than {size}. Send a smaller scan (fewer pages or a lower "
                 "resolution).",
    "chosen": "Chosen: {name}",
    "lang_label": "Language of the summary",
    "as_of_label": "Count days left as of (optional)",
    "as_of_hint": "Leave empty to count from today.",
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
    "as_of_note": "Days left are counted as of {date}.",
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
    "download_worksheet": "Petition worksheet (Tax Court Form 2)",
    "download_court_copy": "Copy of the letter to attach, taxpayer ID numbers covered",
    "download_calendar": "Calendar file (.ics)",
    "download_json": "Result JSON",
    "downloads_once": "Each download works once and is then deleted from the server.",
    "downloads_failed": "The summary could not be made: {reason}",
    "json_title": "Result JSON",
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
    "file_label": "La carta",
    "file_hint": "PDF, PNG, JPEG o TIFF, hasta {size}. Arrastre el archivo aquí o elíjalo.",
    "drop_here": "Suelte la carta aquí",
    "too_large": "Este archivo pesa más de {size}. Envíe un escaneo más pequeño (menos páginas o "
                 "menor resolución).",
    "chosen": "Elegido: {name}",
    "lang_label": "Idioma del resumen",
    "as_of_label": "Contar los días que quedan a partir de (opcional)",
    "as_of_hint": "Déjelo vacío para contar desde hoy.",
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
    "as_of_note": "Los días que quedan se cuentan a partir del {date}.",
    "review_why": "Por qué:",
    "counted_from": "Se cuentan {days} días desde la fecha de la carta, {anchor}.",
    "disputes": "Presentada a más tardar este día, una petición puede impugnar (en inglés): {what}.",
    "deadline_collection_due_process": "Cobro (gravamen o embargo): plazo de 30 días",
    "deadline_innocent_spouse": "Alivio del cónyuge inocente: plazo de 90 días",
    "how_to_file": "Una petición llega a tiempo si el matasellos del Servicio Postal de los EE. UU. es del "
                   "último día o anterior, o si se presenta electrónicamente en ustaxcourt.gov (DAWSON) "
                   "antes de las 11:59 p. m., hora del Este, de ese día.",
    "help": "Ayuda gratuita: el Servicio del Defensor del Contribuyente, 1-877-777-4778; las Clínicas para "
            "Contribuyentes de Bajos Ingresos (Publicación 4134 del IRS, taxpayeradvocate.irs.gov/litc).",
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
    "download_worksheet": "Hoja para la petición (Formulario 2 del tribunal)",
    "download_court_copy": "Copia de la carta para adjuntar, sin números de identificación",
    "download_calendar": "Archivo de calendario (.ics)",
    "download_json": "Resultado en JSON",
    "downloads_once": "Cada descarga funciona una sola vez y luego se borra del servidor.",
    "downloads_failed": "No se pudo hacer el resumen: {reason}",
    "json_title": "Resultado en JSON",
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
