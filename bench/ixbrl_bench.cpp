// Issue target: iXBRL parse throughput of at least 50 MB/s on one core, on the sample
// filings and on a large generated filing (a 20 MB document laid out like the samples:
// mostly XHTML markup and text, with tagged figures in tables and tagged statements).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/ixbrl/ixbrl_reader.hpp"
#include "ingest/ixbrl_accounts.hpp"

namespace {

using namespace oversight;

std::vector<std::string> samples() {
    std::vector<std::string> documents;
    const std::filesystem::path directory = std::filesystem::path(OVERSIGHT_SOURCE_DIR) / "fixtures" / "ixbrl-samples";
    for (const char* name : {"account_1.html", "account_2.html", "account_3.html", "account_4.html", "account_5.html",
                             "account_6.xhtml"}) {
        std::ifstream in(directory / name, std::ios::binary);
        std::stringstream content;
        content << in.rdbuf();
        documents.push_back(content.str());
    }
    return documents;
}

/// A filing of about `megabytes` MB: 40 contexts, then blocks of a styled table of 20
/// tagged figures and a tagged paragraph, the figures in numdotdecimal with thousands
/// separators, a tenth of them signed and scaled.
std::string generated_filing(std::size_t megabytes) {
    std::string doc = R"(<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:ixt2="http://www.xbrl.org/inlineXBRL/transformation/2011-07-31" xmlns:core="http://xbrl.frc.org.uk/fr/2021-01-01/core">
<head><title>Generated filing</title><style type="text/css">td.figure { text-align: right; }</style></head><body>
<div style="display:none"><ix:header><ix:resources>
)";
    for (int c = 0; c < 40; ++c) {
        const int year = 2000 + c / 2;
        doc += "<xbrli:context id=\"c" + std::to_string(c) +
               "\"><xbrli:entity><xbrli:identifier scheme=\"http://www.companieshouse.gov.uk/\">01234567</xbrli:identifier>" +
               (c % 2 ? "<xbrli:segment><xbrldi:explicitMember dimension=\"core:MaturitiesOrExpirationPeriodsDimension\">core:WithinOneYear</xbrldi:explicitMember></xbrli:segment>" : "") +
               "</xbrli:entity><xbrli:period><xbrli:instant>" + std::to_string(year) +
               "-03-31</xbrli:instant></xbrli:period></xbrli:context>\n";
    }
    doc += "<xbrli:unit id=\"GBP\"><xbrli:measure>iso4217:GBP</xbrli:measure></xbrli:unit>\n</ix:resources></ix:header></div>\n";
    const char* concepts[] = {"CurrentAssets", "Creditors", "NetAssetsLiabilities", "CashBankOnHand", "FixedAssets"};
    std::size_t block = 0;
    while (doc.size() < megabytes * 1000000) {
        doc += "<div class=\"accountspage\"><table class=\"balancesheet\" style=\"width:100%\">\n";
        for (int row = 0; row < 20; ++row, ++block) {
            const std::string context = "c" + std::to_string(block % 40);
            const std::string figure = std::to_string(1 + block % 997) + "," + std::to_string(100 + block % 900);
            const bool signed_scaled = block % 10 == 0;
            doc += "<tr><td class=\"label\" style=\"padding-left:10px\">Line " + std::to_string(row) +
                   " of the balance sheet</td><td class=\"figure\"><span>&#163;</span>" +
                   "<ix:nonFraction name=\"core:" + concepts[block % 5] + "\" contextRef=\"" + context +
                   "\" unitRef=\"GBP\" decimals=\"0\" format=\"ixt2:numdotdecimal\"" +
                   (signed_scaled ? " sign=\"-\" scale=\"3\"" : "") + ">" + figure + "</ix:nonFraction></td></tr>\n";
        }
        doc += "</table>\n<p style=\"text-align:justify\"><ix:nonNumeric name=\"core:Statement\" contextRef=\"c0\">The "
               "directors acknowledge their responsibilities for complying with the requirements of the Act with "
               "respect to accounting records and the preparation of accounts.</ix:nonNumeric></p></div>\n";
    }
    return doc + "</body></html>\n";
}

void IxbrlReadSamples(benchmark::State& state) {
    const std::vector<std::string> documents = samples();
    std::size_t bytes = 0, facts = 0;
    for (auto _ : state)
        for (const std::string& document : documents) {
            const ixbrl::Document d = ixbrl::read_document(document);
            benchmark::DoNotOptimize(d.facts.data());
            bytes += document.size();
            facts += d.facts.size();
        }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
    state.counters["facts_per_s"] = benchmark::Counter(static_cast<double>(facts), benchmark::Counter::kIsRate);
}
BENCHMARK(IxbrlReadSamples)->Unit(benchmark::kMillisecond);

void IxbrlReadLargeFiling(benchmark::State& state) {
    const std::string document = generated_filing(static_cast<std::size_t>(state.range(0)));
    std::size_t facts = 0;
    for (auto _ : state) {
        const ixbrl::Document d = ixbrl::read_document(document);
        benchmark::DoNotOptimize(d.facts.data());
        facts = d.facts.size();
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(document.size() * state.iterations()));
    state.counters["facts"] = static_cast<double>(facts);
    state.counters["document_mb"] = static_cast<double>(document.size()) / 1e6;
}
BENCHMARK(IxbrlReadLargeFiling)->Arg(20)->Unit(benchmark::kMillisecond);

void IxbrlMapLargeFiling(benchmark::State& state) {
    const ixbrl::Document document = ixbrl::read_document(generated_filing(20));
    for (auto _ : state) {
        const IxbrlAccounts mapped = map_ixbrl_accounts(document, "generated");
        benchmark::DoNotOptimize(mapped.periods.data());
    }
    state.counters["facts"] = static_cast<double>(document.facts.size());
}
BENCHMARK(IxbrlMapLargeFiling)->Unit(benchmark::kMillisecond);

}  // namespace
