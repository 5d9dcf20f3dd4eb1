#!/usr/bin/env python3
"""Writes the iXBRL examples of tests/ingest/data: one directory per IXB diagnostic code
(the CSV files of `valid/` plus accounts/*.html) and `ixbrl_valid/`, and each
expected.txt. The expected location is found from a marker in the document, so that the
line and column in expected.txt are what a reader counts in the file.

Run from the repository root: python3 tests/ingest/data/make_ixbrl_examples.py
"""
import os
import shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
VALID = os.path.join(ROOT, "valid")

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
 xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
 xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
 xmlns:ixt2="http://www.xbrl.org/inlineXBRL/transformation/2011-07-31"
 xmlns:core="http://xbrl.frc.org.uk/fr/2021-01-01/core" xmlns:bus="http://xbrl.frc.org.uk/cd/2021-01-01/business">
<head><title>Accounts</title></head>
<body>
"""


def context(cid, entity, period, member=None):
    segment = ""
    if member:
        segment = ('<xbrli:segment><xbrldi:explicitMember dimension="core:MaturitiesOrExpirationPeriodsDimension">'
                   'core:%s</xbrldi:explicitMember></xbrli:segment>' % member)
    if "/" in period:
        start, end = period.split("/")
        p = "<xbrli:startDate>%s</xbrli:startDate><xbrli:endDate>%s</xbrli:endDate>" % (start, end)
    else:
        p = "<xbrli:instant>%s</xbrli:instant>" % period
    return ('<xbrli:context id="%s"><xbrli:entity><xbrli:identifier scheme="http://www.companieshouse.gov.uk/">%s'
            '</xbrli:identifier>%s</xbrli:entity><xbrli:period>%s</xbrli:period></xbrli:context>\n'
            % (cid, entity, segment, p))


def header(entity="01234567", cy="2024-03-31", cys="2023-04-01", py="2023-03-31", pys="2022-04-01", extra=""):
    return ("<ix:header><ix:resources>\n" + context("cy", entity, cy) + context("cyd", entity, cys + "/" + cy)
            + context("cyw", entity, cy, "WithinOneYear") + context("cya", entity, cy, "AfterOneYear")
            + context("py", entity, py) + context("pyd", entity, pys + "/" + py)
            + context("pyw", entity, py, "WithinOneYear") + context("pya", entity, py, "AfterOneYear") + extra
            + '<xbrli:unit id="GBP"><xbrli:measure>iso4217:GBP</xbrli:measure></xbrli:unit>\n'
            + "</ix:resources></ix:header>\n")


def money(name, ctx, text, attrs='format="ixt:num-dot-decimal"'):
    return ('<td><ix:nonFraction name="core:%s" contextRef="%s" unitRef="GBP" decimals="0" %s>%s</ix:nonFraction></td>\n'
            % (name, ctx, attrs, text))


def balance_sheet(ctx, within, after, current_assets, cash, fixed, net):
    return (money("FixedAssets", ctx, fixed) + money("CurrentAssets", ctx, current_assets)
            + money("CashBankOnHand", ctx, cash) + money("Creditors", within[0], within[1])
            + money("Creditors", after[0], after[1]) + money("NetAssetsLiabilities", ctx, net))


# The prior-year balance sheet of 01234567 at 2023-03-31 (no accounts.csv row):
# fixed 5,000,000 + current 1,100,000 - within 850,000 - after 2,700,000 = 2,550,000.
PRIOR = balance_sheet("py", ("pyw", "850,000"), ("pya", "2,700,000"), "1,100,000", "350,000", "5,000,000", "2,550,000")

# A complete year to 2024-03-31 that agrees with valid/accounts.csv line by line.
CURRENT_PL = (money("TurnoverRevenue", "cyd", "5,000,000") + money("StaffCosts", "cyd", "3,100,000")
              + money("DepreciationAmortisationImpairmentExpense", "cyd", "150,000")
              + money("OperatingProfitLoss", "cyd", "850,000")
              + money("InterestPayableSimilarChargesFinanceCosts", "cyd", "120,000")
              + money("ProfitLossOnOrdinaryActivitiesBeforeTax", "cyd", "730,000")
              + money("TaxTaxCreditOnProfitOrLossOnOrdinaryActivities", "cyd", "180,000"))
CURRENT_BS = (balance_sheet("cy", ("cyw", "900,000"), ("cya", "2,600,000"), "1,200,000", "400,000", "4,800,000",
                            "2,500,400")
              + money("BankBorrowingsOverdrafts", "cyw", "200,000") + money("BankBorrowingsOverdrafts", "cya", "1,800,000"))


def document(body, head_extra="", **kw):
    return HEAD + header(extra=head_extra, **kw) + "<table>\n" + body + "</table>\n</body>\n</html>\n"


def locate(text, marker):
    """1-based line and column of the '<' of the element that holds `marker`."""
    at = text.index(marker)
    start = text.rindex("<", 0, at)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rindex("\n", 0, start) + 1 if "\n" in text[:start] else 0) + 1
    return line, column


def example(code, files, expected):
    directory = os.path.join(ROOT, code)
    if os.path.isdir(directory):
        shutil.rmtree(directory)
    os.makedirs(os.path.join(directory, "accounts"))
    for name in os.listdir(VALID):
        shutil.copy(os.path.join(VALID, name), directory)
    for name, text in files.items():
        with open(os.path.join(directory, "accounts", name), "w", encoding="utf-8") as out:
            out.write(text)
    if expected:
        with open(os.path.join(directory, "expected.txt"), "w") as out:
            out.write(expected + "\n")


def marked(code, severity, body, marker, name="filing.html", **kw):
    text = document(body, **kw)
    line, column = locate(text, marker)
    example(code, {name: text}, "%s:%d:%d: %s %s" % (name, line, column, severity, code))


marked("IXB001", "warning", PRIOR + '<p><ix:nonNumeric contextRef="py">MARK</ix:nonNumeric></p>\n', "MARK")
marked("IXB002", "warning", PRIOR + '<td><ix:nonFraction name="core:Debtors" contextRef="py" decimals="0">MARK7</ix:nonFraction></td>\n'.replace("MARK7", "7") .replace('decimals="0">', 'decimals="0" id="MARK">'), "MARK")
marked("IXB003", "warning", PRIOR + money("Debtors", "py", "7", 'scale="three" id="MARK"'), "MARK")
marked("IXB004", "warning", PRIOR + money("Debtors", "py", "seven", 'format="ixt:num-dot-decimal" id="MARK"'), "MARK")
marked("IXB005", "warning", PRIOR + '<p><ix:nonNumeric name="core:Note" contextRef="py" continuedAt="nowhere" id="MARK">x</ix:nonNumeric></p>\n', "MARK")
marked("IXB006", "warning", PRIOR + money("Debtors", "nosuchcontext", "7", 'format="ixt:num-dot-decimal" id="MARK"'), "MARK")
marked("IXB007", "warning", PRIOR + money("Debtors", "py", "7", 'format="ixt:numdotdecimalblahblah" id="MARK"'), "MARK")
marked("IXB008", "warning", PRIOR + money("Debtors", "py", "0", 'format="ixt2:fixed-zero" id="MARK"'), "MARK")
marked("IXB009", "warning", PRIOR + '<p><ix:nonNumeric name="bus:BalanceSheetDate" contextRef="py" format="ixt:date-day-monthname-year-de" id="MARK">31. März 2023</ix:nonNumeric></p>\n', "MARK")
marked("IXB011", "warning", PRIOR + '<td><ix:nonFraction name="unbound:Debtors" contextRef="py" unitRef="GBP" decimals="0" id="MARK">7</ix:nonFraction></td>\n', "MARK")
marked("IXB024", "warning", PRIOR + money("NetAssetsLiabilities", "py", "2,600,000", 'format="ixt:num-dot-decimal" id="MARK"'), "MARK")
marked("IXB025", "warning", PRIOR + '<p><ix:nonNumeric name="bus:UKCompaniesHouseRegisteredNumber" contextRef="py" id="MARK">07654321</ix:nonNumeric></p>\n', "MARK")
marked("IXB026", "warning", PRIOR + money("CurrentAssets", "old", "7", 'format="ixt:num-dot-decimal" id="MARK"'), "MARK",
       head_extra=context("old", "01234567", "0001-01-01"))

# IXB010: an entity the document does not declare, in a document whose DTD is external
# (so XML lets it through as skipped). The expected position is where the parser reports
# it: the reference itself.
text = document(PRIOR + "<p>&notanentity;</p>\n").replace(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n')
line, column = locate(text, "&notanentity;")
column += len("<p>")
example("IXB010", {"filing.html": text}, "filing.html:%d:%d: warning IXB010" % (line, column))

# IXB020: not well-formed. "<td>" closed by "</tr>": expat reports the name of the end tag,
# the "tr" after "</".
text = document(PRIOR + "<tr><td>7</tr>\n")
line, column = locate(text, "/tr>")
example("IXB020", {"filing.html": text}, "filing.html:%d:%d: error IXB020" % (line, column + 2))

# IXB021: contexts naming two companies; reported for the whole document (1:1).
example("IXB021", {"filing.html": document(PRIOR, head_extra=context("other", "09876543", "2023-03-31"))},
        "filing.html:1:1: error IXB021")

# IXB022: a balance sheet only (no profit and loss account) for a period accounts.csv lacks.
example("IXB022", {"filing.html": document(PRIOR)}, "filing.html:0:0: warning IXB022")

# IXB023: the complete year agrees with accounts.csv except turnover (5,000,000 in the CSV).
example("IXB023", {"filing.html": document(CURRENT_PL.replace("5,000,000", "5,100,000") + CURRENT_BS)},
        "filing.html:0:0: warning IXB023")

# IXB027: two filings give 2023-03-31 differently; b.html's current year (2023) is earlier
# than a.html's (2024), so a.html is used and the warning is at b.html, read second.
later = document(CURRENT_PL + CURRENT_BS + PRIOR)
earlier_prior = PRIOR.replace("2,550,000", "2,560,000").replace(">850,000<", ">840,000<")
earlier = document(earlier_prior.replace('"py"', '"cy"').replace('"pyw"', '"cyw"').replace('"pya"', '"cya"'),
                   cy="2023-03-31", cys="2022-04-01", py="2022-03-31", pys="2021-04-01")
example("IXB027", {"a.html": later, "b.html": earlier}, "b.html:0:0: warning IXB027")

# IXB012: a plain XBRL instance (saved as .html) whose fact carries iXBRL's sign attribute.
instance = """<?xml version="1.0" encoding="UTF-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
 xmlns:core="http://xbrl.frc.org.uk/fr/2021-01-01/core">
""" + context("py", "01234567", "2023-03-31") + """<xbrli:unit id="GBP"><xbrli:measure>iso4217:GBP</xbrli:measure></xbrli:unit>
<core:NetAssetsLiabilities contextRef="py" unitRef="GBP" decimals="0">2550000</core:NetAssetsLiabilities>
<core:CurrentAssets contextRef="py" unitRef="GBP" decimals="0" sign="-">1100000</core:CurrentAssets>
</xbrli:xbrl>
"""
line, column = locate(instance, 'sign="-"')
example("IXB012", {"filing.html": instance}, "filing.html:%d:%d: warning IXB012" % (line, column))

# ixbrl_assumed: the year to 2024-03-31 (in accounts.csv) filed without fixed assets or
# long-term creditors tagged: the assumed zeros must not replace the CSV's figures.
example("ixbrl_assumed", {"filing.html": document(
    CURRENT_PL + money("CurrentAssets", "cy", "1,200,000") + money("CashBankOnHand", "cy", "400,000")
    + money("Creditors", "cyw", "900,000") + money("NetAssetsLiabilities", "cy", "2,500,400"))}, None)

# ixbrl_valid: a filing with the year to 2024-03-31 (equal to accounts.csv) and the prior
# year to 2023-03-31 with its profit and loss account, so both periods are complete.
PRIOR_PL = (money("TurnoverRevenue", "pyd", "4,600,000") + money("StaffCosts", "pyd", "2,900,000")
            + money("DepreciationAmortisationImpairmentExpense", "pyd", "140,000")
            + money("OperatingProfitLoss", "pyd", "700,000")
            + money("InterestPayableSimilarChargesFinanceCosts", "pyd", "100,000")
            + money("ProfitLossOnOrdinaryActivitiesBeforeTax", "pyd", "600,000")
            + money("BankBorrowingsOverdrafts", "pya", "1,900,000"))
example("ixbrl_valid", {"filing.html": document(CURRENT_PL + CURRENT_BS + PRIOR + PRIOR_PL)}, None)
