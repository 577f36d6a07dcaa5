"""Word lists and label spellings the apart generator draws from (data, not logic)."""

from __future__ import annotations

GIVEN_NAMES = (
    "Dolores", "Karen", "Marcus", "Imelda", "Tobias", "Ngozi", "Priya", "Wendell", "Consuelo", "Harold",
    "Beatriz", "Oluwaseun", "Rosalind", "Anders", "Fatima", "Desmond", "Lucinda", "Emeka", "Yvette",
    "Rajesh", "Marisol", "Clifford", "Svetlana", "Thaddeus", "Annika", "Bernard", "Mei", "Octavia",
    "Reginald", "Giulia", "Kwame", "Esperanza", "Leopold", "Soraya", "Duncan", "Henrietta",
)
SURNAMES = (
    "Vanterpool", "Oyelaran", "Halvorsen", "Quintero", "Abernethy", "Okonkwo", "Szymanski", "Delacroix",
    "Fairweather", "Nakashima", "Brannigan", "Villalobos", "Achterberg", "Mbeki", "Castellanos",
    "Pettigrew", "Rasmussen", "Iwu", "Kowalczyk", "Lindgren", "Montgomery", "Ferreira", "Whitlock",
    "Adeyemi", "Tremblay", "Gallagher", "Vukovic", "Sandoval", "Hargreaves", "Oduya", "Petrakis",
    "Blackwood", "Esposito", "Thibodeaux", "Yilmaz", "Carmichael",
)
BUSINESS_WORDS = ("Ridgeline", "Bluewater", "Cedar Hollow", "Ironbridge", "Sunport", "Millbrook", "Tall Pine")
BUSINESS_SUFFIXES = ("LLC", "INC", "CO", "CORP")
STREETS = (
    "Elm St", "Larkspur Ln", "Old Mill Rd", "Harbor View Dr", "W 14th Ave", "Juniper Ct", "N Main St",
    "Coventry Pl", "Saddleback Way", "E Jefferson Blvd", "Apt 4B 220 Lincoln Ave", "Rural Route 2",
)
CITIES = (
    ("Tucson", "AZ", "85711"), ("Dayton", "OH", "45402"), ("Fresno", "CA", "93721"),
    ("Albany", "NY", "12207"), ("Boise", "ID", "83702"), ("Mobile", "AL", "36602"),
    ("Laredo", "TX", "78040"), ("Spokane", "WA", "99201"), ("Trenton", "NJ", "08608"),
    ("Duluth", "MN", "55802"), ("Macon", "GA", "31201"), ("Las Cruces", "NM", "88001"),
)
# Community property states: the only places IRC 66(c) relief is asked for.
COMMUNITY_PROPERTY_STATES = frozenset({"AZ", "CA", "ID", "NM", "TX", "WA", "LA", "NV", "WI"})

# (return address lines, area codes its staff use)
APPEALS_OFFICES = (
    (("Internal Revenue Service", "Independent Office of Appeals", "1973 N Rulon White Blvd",
      "Mail Stop 1002", "Ogden, UT 84201"), ("801", "385")),
    (("Department of the Treasury", "Internal Revenue Service", "Independent Office of Appeals",
      "333 W Pershing Rd, Stop 1400", "Kansas City, MO 64108"), ("816", "913")),
    (("Internal Revenue Service", "Appeals Office", "1919 Smith St, M/S 8000 HOU",
      "Houston, TX 77002"), ("713", "281")),
    (("IRS Independent Office of Appeals", "5045 E Butler Ave, Stop 54", "Fresno, CA 93888"),
     ("559",)),
    (("Internal Revenue Service", "Independent Office of Appeals", "2970 Market St, Mail Stop 4-E08",
      "Philadelphia, PA 19104"), ("267", "215")),
    (("Internal Revenue Service", "Office of Appeals", "1111 Constitution Ave NW",
      "Washington, DC 20224"), ("202",)),
)

# Header label spellings, field by field.
LABELS: dict[str, tuple[str, ...]] = {
    "date": ("Date:", "Date", "Letter Date:", "Date of this letter:"),
    "contact_name": ("Person to contact:", "Contact person:", "Person to Contact:", "Appeals Officer:",
                     "Settlement Officer:", "Name of contact:"),
    "contact_employee_id": ("Employee ID number:", "Employee Identification Number:", "Employee ID:",
                            "ID Number:", "Contact ID number:"),
    "contact_phone": ("Telephone:", "Phone:", "Contact telephone number:", "Telephone number:", "Tel:",
                      "Direct phone:"),
    "contact_fax": ("Fax:", "Fax number:", "Facsimile:", "Fax Number:"),
    "contact_hours": ("Hours:", "Contact hours:", "Office hours:", "Hours of operation:"),
    "taxpayer_name": ("Taxpayer name:", "Name of taxpayer:", "Taxpayer:"),
    "taxpayer_ssn": ("Taxpayer Identification Number:", "SSN:", "Social Security Number:",
                     "Taxpayer ID number:", "TIN:"),
    "taxpayer_ein": ("Employer Identification Number:", "EIN:", "Taxpayer Identification Number:"),
    "tax_form": ("Tax form:", "Form number:", "Tax Form Number:", "Form:", "Type of tax:"),
    "tax_periods": ("Tax period(s):", "Tax Periods Ended:", "Tax year(s):", "Tax period(s) ended:",
                    "Tax Period(s) Ended:", "Periods:"),
    "refer": ("Refer reply to:", "Reply to:", "In reply refer to:"),
    "last_day": ("Last Day to File a Petition with the U.S. Tax Court:",
                 "Last Day to File a Petition with the United States Tax Court:"),
}
REFERENCE_CODES = ("AP:CO:OGD:KTR", "AP:EX:KCY:TLS", "AP:FE:HOU:JMB", "AP:CO:FRE:DWA", "AP:SB:PHL:RHC")

HOURS = (
    "8:00 a.m. to 4:30 p.m.", "7 AM - 3:30 PM ET", "Mon-Fri 8am-5pm", "8:00 AM to 4:30 PM Eastern",
    "Monday through Friday, 7:30 a.m. - 4:00 p.m. CT", "9 a.m. to 5 p.m. local time", "M-F 6:00-2:30 PT",
)
FAX_ONLY_LINE = "Fax numbers are answered during office hours."

# (footer text, letter title lines) per letter type
TITLES: dict[str, tuple[tuple[str, ...], ...]] = {
    "4390": (
        ("Notice of Determination Concerning Collection Action(s) Under IRC Sections 6320 and/or 6330",
         "and Your Request for Relief from Joint and Several Liability Under IRC Section 6015"),
        ("Letter 4390 Concerning Collection Actions Under IRC §§ 6320 and/or 6330 and Your Request for",
         "Relief from Joint and Several Liability Under IRC § 6015"),
        ("NOTICE OF DETERMINATION CONCERNING COLLECTION ACTION(S) AND YOUR REQUEST FOR",
         "RELIEF FROM JOINT AND SEVERAL LIABILITY"),
    ),
    "3193": (
        ("Notice of Determination Concerning Collection Action(s) under Section 6320 and/or 6330",
         "of the Internal Revenue Code"),
        ("NOTICE OF DETERMINATION CONCERNING COLLECTION ACTION(S) UNDER IRC 6320 AND/OR 6330",),
    ),
    "3210": (
        ("Decision Letter Concerning Equivalent Hearing Under Section 6320 and/or Section 6330",
         "of the Internal Revenue Code"),
    ),
    "other": (
        ("Appeals Received Your Case - Conference Scheduled",),
        ("Your Collection Due Process Case Has Been Assigned to Appeals",),
    ),
}
FOOTERS: dict[str, tuple[str, ...]] = {
    "4390": ("Letter 4390 (Rev. 11-2019)", "Letter 4390 (Rev. 6-2013)", "LTR 4390 (11-2019)",
             "Letter 4390 (Rev. 03-2021)"),
    "3193": ("Letter 3193 (Rev. 12-2018)", "Letter 3193 (Rev. 4-2020)"),
    "3210": ("Letter 3210 (Rev. 1-2018)",),
    "other": ("Letter 4837 (Rev. 5-2019)", "Letter 4837 (Rev. 8-2021)"),
}
MANAGER_TITLES = ("Appeals Team Manager", "Team Manager", "Appeals Team Manager, Collection Appeals")
FONTS = ("Courier", "Times-Roman", "Helvetica")
BOLD = {"Courier": "Courier-Bold", "Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold"}
CLINICS = ("LOW INCOME TAXPAYER CLINIC", "LEGAL AID TAX PROJECT", "COMMUNITY TAX CLINIC")
