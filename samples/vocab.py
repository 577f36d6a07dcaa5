"""Vocabulary of the synthetic letters, as tables: label spellings, names, offices, phrasing.

Each header label has several spellings seen (or plausible) on IRS Appeals letters; the generator picks one
per letter so the parser meets the variation real mail has.
"""

from __future__ import annotations

# Header labels: field -> spellings. The first spelling is the most common one.
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "date": ("Date:", "Date of this letter:", "Letter Date:", "DATE:"),
    "contact": (
        "Person to contact:",
        "Person to Contact:",
        "Contact person:",
        "Appeals Officer:",
        "Appeals Settlement Officer:",
    ),
    "employee_id": (
        "Employee ID number:",
        "Employee ID Number:",
        "Contact ID Number:",
        "Employee ID:",
        "ID Number:",
    ),
    "phone": ("Phone:", "Telephone:", "Contact telephone number:", "Tel:", "Telephone Number:"),
    "fax": ("Fax:", "Fax number:", "Fax Number:", "Facsimile:"),
    "hours": ("Hours:", "Contact hours:", "Contact Hours:", "Hours of operation:"),
    "periods": (
        "Tax period(s) ended:",
        "Tax Period(s) Ended:",
        "Tax periods:",
        "Tax year(s):",
        "Tax Period(s):",
    ),
    "form": ("Tax form:", "Tax Form:", "Form number:", "Form Number:", "Tax form number:"),
    "tin_ssn": (
        "Taxpayer identification number:",
        "Social security number:",
        "TIN:",
        "Taxpayer Identification Number:",
        "Your SSN:",
    ),
    "tin_ein": ("Employer identification number:", "Taxpayer identification number:", "EIN:", "TIN:"),
}

APPEALS_OFFICES: tuple[tuple[str, ...], ...] = (
    ("Independent Office of Appeals", "1111 Constitution Ave NW", "Washington, DC 20224"),
    ("Independent Office of Appeals", "300 N. Los Angeles St., Stop 9100", "Los Angeles, CA 90012"),
    ("Independent Office of Appeals", "1000 Liberty Ave., Room 1400", "Pittsburgh, PA 15222"),
    ("Independent Office of Appeals", "31 Hopkins Plaza, Room 1400", "Baltimore, MD 21201"),
    ("Independent Office of Appeals", "4330 Watt Ave., Stop SA-5400", "Sacramento, CA 95821"),
    ("Independent Office of Appeals", "1919 Smith St., Stop 1000-HOU", "Houston, TX 77002"),
    ("Independent Office of Appeals", "230 S. Dearborn St., Room 2600", "Chicago, IL 60604"),
    ("Independent Office of Appeals", "55 N. Robinson Ave., Stop 8100", "Oklahoma City, OK 73102"),
    ("IRS Office of Appeals", "915 Second Ave., M/S W-1000", "Seattle, WA 98174"),
    ("Appeals Office", "550 Main St., Room 5000", "Cincinnati, OH 45202"),
)

# Letters not sent by Appeals come from their own office.
OFFICES_BY_TYPE: dict[str, tuple[str, ...]] = {
    "3279": (
        "Cincinnati Centralized Innocent Spouse Operation",
        "Stop 840F, PO Box 120053",
        "Covington, KY 41012",
    ),
}
SIGNER_TITLES: dict[str, str] = {"3279": "Manager, Innocent Spouse Operation"}
DEFAULT_SIGNER_TITLE = "Appeals Team Manager"

# The "in re" line above the title (beside it, a second stamped date: Jones v. Commissioner).
IN_RE_COLLECTION: tuple[str, ...] = (
    "In re: Due Process Appeal",
    "in re: Due Process Appeal",
    "RE: Collection Due Process Appeal",
)
IN_RE_INNOCENT_SPOUSE: tuple[str, ...] = (
    "In re: Innocent Spouse Claim",
    "RE: Request for Relief (Form 8857)",
)

DEPARTMENT_LINES: tuple[str, ...] = ("Department of the Treasury", "Internal Revenue Service")

FIRST_NAMES: tuple[str, ...] = (
    "Maria",
    "James",
    "Linda",
    "Robert",
    "Patricia",
    "Michael",
    "Jennifer",
    "David",
    "Angela",
    "Carlos",
    "Denise",
    "Thomas",
    "Keisha",
    "Brian",
    "Yolanda",
    "Steven",
    "Nancy",
    "Luis",
    "Tamara",
    "Gregory",
    "Rosa",
    "Anthony",
    "Latoya",
    "Kevin",
    "Hannah",
    "Victor",
    "Gloria",
    "Raymond",
    "Mei",
    "Samuel",
)
LAST_NAMES: tuple[str, ...] = (
    "Gonzalez",
    "Whitfield",
    "Okafor",
    "Brennan",
    "Nguyen",
    "Castillo",
    "Harrington",
    "Patel",
    "Moreau",
    "Delgado",
    "Washington",
    "Kowalski",
    "Abernathy",
    "Lindqvist",
    "Ramirez",
    "Fitzgerald",
    "Yamamoto",
    "Holloway",
    "Mendoza",
    "Sutherland",
    "Obi",
    "Carrington",
    "Esposito",
    "Tran",
    "McAllister",
    "Dubois",
)
MIDDLE_INITIALS: tuple[str, ...] = ("A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "")

STREETS: tuple[str, ...] = (
    "Maple Ave",
    "Oak St",
    "Cedar Ln",
    "Elm St",
    "Washington Blvd",
    "Lincoln Rd",
    "Park Pl",
    "Sunset Dr",
    "Highland Ave",
    "River Rd",
    "Pine Ct",
    "Lakeview Dr",
    "Church St",
    "Mill Rd",
)
CITIES: tuple[tuple[str, str, str], ...] = (
    ("SPRINGFIELD", "IL", "62704"),
    ("DAYTON", "OH", "45402"),
    ("FRESNO", "CA", "93721"),
    ("TACOMA", "WA", "98402"),
    ("MACON", "GA", "31201"),
    ("ALBUQUERQUE", "NM", "87102"),
    ("BALTIMORE", "MD", "21218"),
    ("TUCSON", "AZ", "85701"),
    ("RICHMOND", "VA", "23220"),
    ("MILWAUKEE", "WI", "53202"),
    ("EL PASO", "TX", "79901"),
    ("NEWARK", "NJ", "07102"),
)
AREA_CODES: tuple[str, ...] = ("213", "312", "412", "410", "916", "713", "405", "206", "513", "202", "215")

HOURS: tuple[str, ...] = (
    "8:00 a.m. to 4:30 p.m. ET",
    "7:30 a.m. - 4:00 p.m. PT",
    "8:00 AM - 4:30 PM CST",
    "Monday - Friday, 8:00 a.m. to 5:00 p.m.",
    "9:00 a.m. to 3:00 p.m. Eastern",
    "7:00 am - 3:30 pm MT",
)

PHONE_FORMATS: tuple[str, ...] = ("({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "1-{a}-{b}-{c}")

# Month spellings for the date formats the letters use (never day-first).
MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)

FONT_FAMILIES: dict[str, tuple[str, str]] = {
    "helvetica": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "courier": ("Courier", "Courier-Bold"),
}

CATALOG_NUMBERS: dict[str, str] = {
    "4390": "51634X",
    "3193": "26999I",
    "4439": "52013E",
    "3288": "27214R",
    "3210": "26998T",
    "3279": "27137H",
}
REVISIONS: dict[str, tuple[str, ...]] = {
    "4390": ("11-2019", "3-2013", "5-2021", "10-2023"),
    "3193": ("12-2019", "10-2012", "7-2022"),
    "4439": ("11-2019", "2-2015"),
    "3288": ("5-2017", "10-2013"),
    "3210": ("12-2019", "7-2011"),
    "3279": ("9-2018", "4-2014"),
}

# Letter titles printed under the header.
TITLES: dict[str, tuple[str, ...]] = {
    "4390": (
        "Notice of Determination Concerning Collection Action(s) Under Section 6320 and/or 6330 and "
        "Your Request for Relief from Joint and Several Liability Under Section 6015",
        "Notice of Determination Concerning Collection Action(s) and Your Request for Relief from "
        "Joint and Several Liability",
        "Letter 4390 Concerning Collection Actions Under IRC §§ 6320 and/or 6330 and Your Request for "
        "Relief from Joint and Several Liability Under IRC § 6015",
    ),
    "3193": (
        "Notice of Determination Concerning Collection Action(s) Under Section 6320 and/or 6330 "
        "of the Internal Revenue Code",
    ),
    "4439": (
        "Decision Letter on Equivalent Hearing Under Section 6320 and/or 6330 and Final "
        "Determination on Your Request for Relief from Joint and Several Liability Under Section 6015",
    ),
    "3288": ("Final Appeals Determination on Your Request for Relief from Joint and Several Liability",),
    "3210": (
        "Decision Letter Concerning Equivalent Hearing Under Section 6320 and/or 6330 of the "
        "Internal Revenue Code",
    ),
    "3279": ("Final Determination on Your Request for Relief from Joint and Several Liability",),
}
