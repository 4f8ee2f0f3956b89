#!/usr/bin/env python3
"""Import the verified external facts into datasets/.

Usage (from anywhere):

    python3 scripts/import-external-facts.py [path/to/external-facts.csv]

The default input is ../shared/data/external-facts.csv relative to the repository root.

Every row of the facts file becomes one imported row:

- kinds `target`, `regional-target`, `national-target` -> datasets/targets.csv (ids ext-t-NNN);
- kinds `observation`, `index-rank`, `index-score` -> datasets/observations.csv (ids ext-o-NNN);
- each distinct (document text, source_url) pair -> one datasets/documents.csv row (ids ext-...);
- the indicators the facts need and the seed does not have -> datasets/indicators.csv.

The script owns only the rows it writes: documents with an `ext-` id, targets with an `ext-t-`
id, observations with an `ext-o-` id and the indicator ids listed in NEW_INDICATORS. Every other
row (the seed rows) is kept byte for byte and in place; imported rows are appended after them.
Running the script twice gives byte-identical files.

Editorial decisions (document metadata, Vietnamese labels, indicator mapping, notes added on
import) are the tables below; each is checked against the facts file, so a changed facts file
stops the import with a message instead of mislabelling a row. Nothing here invents a figure:
comparator, value, value_high, year, quote and confidence are copied from the facts file (the
one exception, an observation comparator '>' that the format does not allow, is explained in the
row's note).
"""

import csv
import io
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATASETS = os.path.join(ROOT, "datasets")
DEFAULT_FACTS = os.path.join(ROOT, "..", "shared", "data", "external-facts.csv")

TARGET_KINDS = {"target", "regional-target", "national-target"}
OBSERVATION_KINDS = {"observation", "index-rank", "index-score"}
OBSERVATION_COLUMNS = [
    "id", "geo", "indicator", "unit", "year", "comparator", "value", "source", "section",
    "quote", "confidence", "note",
]
INDICATOR_COLUMNS = [
    "id", "name", "name_en", "unit", "polarity", "group", "family", "denominator",
    "regional_weight", "description",
]
FACT_COLUMNS = [
    "kind", "geo_code", "geo_name", "indicator", "year", "comparator", "value", "value_high",
    "unit", "document", "source_url", "quote", "quote_lang", "confidence", "note",
]
LANGUAGE_NAMES = {"en": "English", "other": "Russian"}

# --------------------------------------------------------------------------------------------
# Indicators the import adds (indicator, unit and denominator differ from every seed indicator).
# Columns as in indicators.csv; written in this order after the seed rows.
# --------------------------------------------------------------------------------------------
NEW_INDICATORS = [
    dict(
        id="grdp", name="Tổng sản phẩm trên địa bàn (GRDP)",
        name_en="Gross regional domestic product (GRDP)", unit="vnd_trillion",
        polarity="higher", group="macro", family="economy_size", denominator="none",
        regional_weight="unknown",
        description="GRDP at current prices in trillion VND (nghìn tỷ đồng). Sources write "
        "'240.000 tỷ đồng' or '2.100 nghìn tỷ đồng' (the dot separates thousands); rows record "
        "the figure in trillion VND and say so in their note. A regional GRDP is the sum of its "
        "provinces' GRDP, not an average.",
    ),
    dict(
        id="grdp_per_capita", name="GRDP bình quân đầu người",
        name_en="GRDP per capita (VND)", unit="vnd_million_per_person", polarity="higher",
        group="macro", family="income", denominator="population", regional_weight="population",
        description="GRDP per inhabitant at current prices, in million VND per person per year. "
        "A figure stated in US dollars is a different indicator (grdp_per_capita_usd).",
    ),
    dict(
        id="grdp_per_capita_usd", name="GRDP bình quân đầu người (tính bằng USD)",
        name_en="GRDP per capita (USD)", unit="usd_per_person", polarity="higher",
        group="macro", family="income", denominator="population", regional_weight="population",
        description="GRDP per inhabitant in US dollars per year, as the source states it. Never "
        "converted to or compared with the VND figure (grdp_per_capita): the exchange rate and "
        "its date are not stated.",
    ),
    dict(
        id="grdp_growth_rate", name="Tốc độ tăng trưởng GRDP", name_en="GRDP growth rate",
        unit="percent_per_year", polarity="higher", group="macro", family="growth",
        denominator="none", regional_weight="grdp",
        description="Growth of GRDP at constant (comparable) prices, in percent per year; "
        "targets are usually an annual average over a period (year column '2021-2030'). A "
        "correct regional rate weights provincial rates by base-year GRDP.",
    ),
    dict(
        id="population", name="Quy mô dân số", name_en="Population", unit="million_people",
        polarity="higher", group="macro", family="population", denominator="none",
        regional_weight="unknown",
        description="Resident population in million people. The polarity is nominal (a larger "
        "population is not better); a regional figure is the sum of its provinces'.",
    ),
    dict(
        id="digital_skills_basic_share",
        name="Tỷ lệ lao động được trang bị kỹ năng số cơ bản",
        name_en="Share of workers with basic digital skills", unit="percent",
        polarity="higher", group="human_resources", family="digital_skills_basic",
        denominator="workforce", regional_weight="workforce",
        description="Workers (lao động) equipped with basic digital skills, as a percentage of "
        "the workforce.",
    ),
    dict(
        id="digital_skills_advanced_share", name="Tỷ lệ lao động có kỹ năng số chuyên sâu",
        name_en="Share of workers with advanced digital skills", unit="percent",
        polarity="higher", group="human_resources", family="digital_skills_advanced",
        denominator="workforce", regional_weight="workforce",
        description="Workers with advanced (specialised) digital skills, as a percentage of the "
        "workforce.",
    ),
    dict(
        id="sme_digital_adoption_share",
        name="Tỷ lệ doanh nghiệp nhỏ và vừa ứng dụng công nghệ số",
        name_en="Share of small and medium-sized enterprises applying digital technology",
        unit="percent", polarity="higher", group="digital_economy",
        family="enterprises_digital_adoption", denominator="smes", regional_weight="smes",
        description="Small and medium-sized enterprises applying digital technologies, as a "
        "percentage of all SMEs. A narrower denominator than enterprises_digital_adoption (all "
        "operating enterprises).",
    ),
    dict(
        id="sti_budget_share",
        name="Tỷ lệ chi ngân sách nhà nước hằng năm cho khoa học, công nghệ, đổi mới sáng tạo "
        "và chuyển đổi số",
        name_en="State budget share for science, technology, innovation and digital "
        "transformation",
        unit="percent_of_state_budget", polarity="higher", group="finance",
        family="sti_funding", denominator="state_budget_expenditure",
        regional_weight="state_budget_expenditure",
        description="Annual state budget expenditure on science, technology, innovation and "
        "digital transformation, as a percentage of total annual state budget expenditure "
        "(Resolution 57-NQ/TW). A share of the state budget is never compared with a share of a "
        "provincial (local) budget.",
    ),
    dict(
        id="digital_economy_share_grdp_mic",
        name="Tỷ trọng kinh tế số trong GRDP (ước tính theo phương pháp của Bộ Thông tin và "
        "Truyền thông)",
        name_en="Digital economy share of GRDP, Ministry of Information and Communications "
        "estimate",
        unit="percent_of_grdp", polarity="higher", group="digital_economy",
        family="digital_economy_size", denominator="grdp", regional_weight="grdp",
        description="Digital economy as a percentage of GRDP (of GDP for the nation) as "
        "estimated by the Ministry of Information and Communications (MIC) in the Báo cáo "
        "thường niên kinh tế số Việt Nam (preliminary 'tính toán sơ bộ' and policy estimates). "
        "Not the GSO value-added series (digital_economy_share_grdp): MIC figures run much "
        "higher and are compared only with MIC figures.",
    ),
    dict(
        id="dti_rank", name="Thứ hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) trong 63 tỉnh, "
        "thành phố",
        name_en="Provincial DTI rank among the 63 provinces", unit="rank", polarity="lower",
        group="index_rank", family="dti", denominator="none", regional_weight="none",
        description="Position of the province in the provincial Digital Transformation Index "
        "(DTI) ranking of the 63 pre-merger provinces and cities; 1 = first. Ranks among the 34 "
        "post-merger provinces are dti_rank_34 and are never mixed with these.",
    ),
    dict(
        id="dti_rank_34", name="Thứ hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) trong 34 tỉnh, "
        "thành phố",
        name_en="Provincial DTI rank among the 34 provinces", unit="rank", polarity="lower",
        group="index_rank", family="dti", denominator="none", regional_weight="none",
        description="Position of the province in the provincial DTI ranking of the 34 provinces "
        "and cities existing from 1 July 2025 (DTI 2024 onwards); 1 = first. Not comparable "
        "with 63-province ranks (dti_rank).",
    ),
    dict(
        id="dti_score", name="Điểm Chỉ số chuyển đổi số cấp tỉnh (DTI)",
        name_en="Provincial DTI score", unit="index", polarity="higher", group="index_score",
        family="dti", denominator="none", regional_weight="none",
        description="The province's Digital Transformation Index score on the 0–1 scale.",
    ),
    dict(
        id="dti_score_provincial_mean", name="Điểm DTI cấp tỉnh trung bình cả nước",
        name_en="National mean of provincial DTI scores", unit="index", polarity="higher",
        group="index_score", family="dti", denominator="none", regional_weight="none",
        description="The mean of all provinces' DTI scores in one edition, on the 0–1 scale: "
        "the benchmark for a province's dti_score. Not the national-level DTI "
        "(dti_score_national).",
    ),
    dict(
        id="dti_score_national", name="Chỉ số chuyển đổi số cấp quốc gia (DTI quốc gia)",
        name_en="National-level DTI score", unit="index", polarity="higher",
        group="index_score", family="dti", denominator="none", regional_weight="none",
        description="The national-level Digital Transformation Index on the 0–1 scale: a "
        "different index from the provincial DTI, not a mean of provincial scores.",
    ),
    dict(
        id="pii_rank", name="Thứ hạng Chỉ số đổi mới sáng tạo cấp địa phương (PII) trong 63 "
        "tỉnh, thành phố",
        name_en="PII rank among the 63 provinces", unit="rank", polarity="lower",
        group="index_rank", family="pii", denominator="none", regional_weight="none",
        description="Position of the province in the Provincial Innovation Index (PII) ranking "
        "of the 63 provinces and cities; 1 = first.",
    ),
    dict(
        id="pii_rank_region", name="Thứ hạng PII trong vùng Trung du và miền núi phía Bắc",
        name_en="PII rank within the Northern Midlands and Mountains region", unit="rank",
        polarity="lower", group="index_rank", family="pii", denominator="none",
        regional_weight="none",
        description="Position of the province among the 14 pre-merger provinces of the "
        "Northern Midlands and Mountains region by PII score; 1 = first. Not a national rank.",
    ),
    dict(
        id="pii_score", name="Điểm Chỉ số đổi mới sáng tạo cấp địa phương (PII)",
        name_en="PII score", unit="score", polarity="higher", group="index_score",
        family="pii", denominator="none", regional_weight="none",
        description="The province's Provincial Innovation Index score on the 0–100 scale.",
    ),
    dict(
        id="pii_score_regional_mean", name="Điểm PII trung bình của vùng",
        name_en="Regional average PII score", unit="score", polarity="higher",
        group="index_score", family="pii", denominator="none", regional_weight="none",
        description="The average PII score of a socio-economic region's provinces as published "
        "with the index (the averaging method is not stated); not a province's score.",
    ),
]

# (facts indicator, facts unit) -> indicator id. A unit that is not listed stops the import:
# a new unit means deciding whether it is the same indicator, never a silent coercion.
INDICATOR_BY_UNIT = {
    ("digital_economy_share_grdp", "% of regional GRDP"): "digital_economy_share_grdp",
    ("digital_economy_share_grdp", "% of GRDP"): "digital_economy_share_grdp",
    ("digital_economy_share_grdp", "% of GRDP (value added of digital economy)"):
        "digital_economy_share_grdp",
    ("digital_economy_share_grdp", "% of GDP"): "digital_economy_share_grdp",
    ("digital_economy_share_grdp", "% of GDP (value added)"): "digital_economy_share_grdp",
    ("digital_economy_share_grdp", "% of GDP (value added, estimate)"):
        "digital_economy_share_grdp",
    ("digital_economy_share_grdp", "% of GDP (MIC preliminary estimate)"):
        "digital_economy_share_grdp_mic",
    ("digital_economy_share_grdp", "% of GDP (policy estimate, not GSO)"):
        "digital_economy_share_grdp_mic",
    ("grdp_per_capita", "million VND/person/year (current prices)"): "grdp_per_capita",
    ("grdp_per_capita", "million VND/person/year"): "grdp_per_capita",
    ("grdp_per_capita", "million VND/person/year (estimate)"): "grdp_per_capita",
    ("grdp_per_capita", "USD/person/year"): "grdp_per_capita_usd",
    ("grdp", "trillion VND (nghìn tỷ đồng), current prices"): "grdp",
    ("grdp", "trillion VND (nghìn tỷ đồng)"): "grdp",
    ("grdp", "trillion VND (projected)"): "grdp",
    ("grdp", "trillion VND (estimate)"): "grdp",
    ("grdp", "trillion VND, current prices"): "grdp",
    ("grdp_growth_rate", "%/year (average)"): "grdp_growth_rate",
    ("grdp_growth_rate", "%/year"): "grdp_growth_rate",
    ("grdp_growth_rate", "%/year (average, constant prices)"): "grdp_growth_rate",
    ("enterprises_digital_adoption", "% of operating enterprises"):
        "enterprises_digital_adoption",
    ("cashless_transaction_share", "% of transactions in socio-economic activities"):
        "cashless_transaction_share",
    ("digital_skills_basic_share", "% of workforce"): "digital_skills_basic_share",
    ("digital_skills_advanced_share", "% of workforce"): "digital_skills_advanced_share",
    ("population", "million persons"): "population",
    ("dti_rank", "rank of 63 provinces"): "dti_rank",
    ("dti_rank", "rank of 34 provinces/cities"): "dti_rank_34",
    ("dti_rank", "rank nationwide (34-province basis)"): "dti_rank_34",
    ("dti_score", "DTI score (0-1)"): "dti_score",
    ("dti_score", "national DTI score (0-1)"): "dti_score_national",
    ("dti_score_provincial_mean", "mean provincial DTI score (0-1)"):
        "dti_score_provincial_mean",
    ("tfp_contribution", "% of GRDP growth"): "tfp_contribution",
    ("tfp_contribution", "% of GDP growth"): "tfp_contribution",
    ("sectoral_digital_economy_share", "% digital-economy share within each sector"):
        "sectoral_digital_economy_share",
    ("sectoral_digital_economy_share", "% value added of digital economy within each sector"):
        "sectoral_digital_economy_share",
    ("innovative_enterprise_share", "% of enterprises"): "innovative_enterprise_share",
    ("rd_spending_share_grdp", "% of GRDP"): "rd_spending_share_grdp",
    ("rd_spending_share_grdp", "% of GDP"): "rd_spending_share_grdp",
    ("sme_digital_adoption_share", "% of SMEs applying digital technologies"):
        "sme_digital_adoption_share",
    ("pii_score", "PII score (0-100)"): "pii_score",
    ("pii_score", "regional average PII score"): "pii_score_regional_mean",
    ("pii_rank", "rank of 63 provinces"): "pii_rank",
    ("pii_rank_region", "rank of 14 NMM provinces"): "pii_rank_region",
    ("high_tech_export_share", "% of total goods export value"): "high_tech_export_share",
    ("online_public_service_usage",
     "% of citizens and businesses using online public services"):
        "online_public_service_usage",
    ("researchers_per_10k", "persons per 10,000 population"): "researchers_per_10k",
    ("sti_budget_share", "% of annual state budget expenditure"): "sti_budget_share",
}

# National rows of indicators defined on GRDP: the national figure is a share of GDP.
NATIONAL_GDP_CAVEATS = {
    "digital_economy_share_grdp":
        "National figure: a share of GDP, the national counterpart of the provinces' GRDP.",
    "digital_economy_share_grdp_mic":
        "National figure: a share of GDP, the national counterpart of the provinces' GRDP.",
    "rd_spending_share_grdp":
        "National figure: R&D spending as a share of GDP, the national counterpart of GRDP.",
    "tfp_contribution":
        "National figure: the contribution to GDP growth, the national counterpart of GRDP "
        "growth.",
}

MIC_NOTE = (
    "Import: filed under digital_economy_share_grdp_mic (MIC Annual Report method), not the GSO "
    "value-added series in digital_economy_share_grdp."
)


def gso_position_note(position, year):
    return (
        "Import: the quote lists the years 2020 - 2024 'lần lượt' (in that order); this is "
        f"figure {position} of 5, the {year} value."
    )


def year_note(year, why):
    return f"Import: the quote states no year; {year} {why}"


# --------------------------------------------------------------------------------------------
# Per-fact editorial data, keyed by geo_code|indicator|year|comparator|value (unique in the
# facts file). `label` is required for every target. Optional: `indicator` (overrides the unit
# mapping), `section`, `caveat`, `note` (appended to the fact's note), `comparator` (observations
# only, where the facts' comparator is not allowed for an observation).
# --------------------------------------------------------------------------------------------
EDITS = {
    # 369/QĐ-TTg, regional plan of the Northern Midlands and Mountains (NMM).
    "NMM|digital_economy_share_grdp|2030|range|20": dict(
        label="Tỷ trọng kinh tế số chiếm 20% - 30% tổng sản phẩm của vùng"),
    "NMM|grdp_per_capita|2030|>|140": dict(
        label="GRDP bình quân đầu người theo giá hiện hành đạt trên 140 triệu đồng/người/năm"),
    "NMM|grdp|2030|~|2100": dict(
        label="Quy mô kinh tế vùng đạt khoảng 2.100 nghìn tỷ đồng (giá hiện hành)",
        note="Import: '2.100 nghìn tỷ đồng' (the dot separates thousands) recorded as 2100 "
        "(trillion VND)."),
    "NMM|grdp_growth_rate|2021-2030|range|8.5": dict(
        label="Tốc độ tăng trưởng GRDP của vùng bình quân giai đoạn 2021 - 2030 đạt "
        "8,5 - 9,0%/năm"),
    # Lào Cai (pre-merger), plan 154/KH-UBND as reported.
    "10|digital_economy_share_grdp|2030|>=|20": dict(
        label="Kinh tế số đóng góp tối thiểu 20% vào GRDP của tỉnh"),
    "10|enterprises_digital_adoption|2030|=|100": dict(
        label="100% doanh nghiệp đang hoạt động ứng dụng khoa học, công nghệ, công nghệ số "
        "trong sản xuất, kinh doanh và quản trị",
        caveat="Counts enterprises applying science, technology or digital technology, a wider "
        "scope than applying digital technology alone."),
    "10|cashless_transaction_share|2030|=|80": dict(
        label="80% giao dịch không dùng tiền mặt trong các hoạt động kinh tế - xã hội"),
    "10|digital_skills_basic_share|2030|>=|50": dict(
        label="Tối thiểu 50% lao động được trang bị kỹ năng số cơ bản"),
    "10|digital_skills_advanced_share|2030|=|20": dict(
        label="20% lao động có kỹ năng số chuyên sâu"),
    # New Lào Cai, congress resolution and draft targets.
    "new-15|grdp|2030|=|240": dict(
        label="Đến năm 2030, GRDP đạt 240.000 tỷ đồng",
        note="Import: '240.000 tỷ đồng' (the dot separates thousands) recorded as 240 "
        "(trillion VND)."),
    "new-15|grdp_per_capita|2030|=|136": dict(
        label="Đến năm 2030, GRDP bình quân đầu người 136 triệu đồng"),
    "new-15|grdp_growth_rate|2026-2030|>|10": dict(
        label="Tăng trưởng GRDP trên 10%/năm"),
    "new-15|digital_economy_share_grdp|2030|~|20": dict(
        label="Năm 2030, kinh tế số chiếm khoảng 20% GRDP"),
    "new-15|population|2025|~|1.65": dict(
        note="Import: the quote has no 'khoảng'; '~' is the facts file's reading of a rounded "
        "press figure."),
    "new-15|dti_rank|2024|=|14": dict(
        note="Import: filed under dti_rank_34 (rank among the 34 post-merger provinces)."),
    # Hòa Bình (pre-merger), provincial plan 1648/QĐ-TTg.
    "17|digital_economy_share_grdp|2030|~|30": dict(
        label="Tỷ trọng kinh tế số đạt khoảng 30% GRDP của tỉnh"),
    "17|tfp_contribution|2030|>|40": dict(
        label="Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng đạt trên 40%"),
    "17|grdp_per_capita|2030|range|168": dict(
        label="Đến năm 2030, GRDP bình quân đầu người của Hòa Bình là 168 - 170 triệu đồng"),
    "17|grdp_growth_rate|2021-2030|=|9": dict(
        label="Tốc độ tăng trưởng kinh tế (GRDP) bình quân thời kỳ 2021 – 2030 đạt 9%/năm"),
    # Lạng Sơn.
    "20|digital_economy_share_grdp|2025|~|20": dict(
        label="Đến năm 2025, phấn đấu kinh tế số chiếm khoảng 20% GRDP của tỉnh"),
    "20|digital_economy_share_grdp|2022|>=|10": dict(
        label="Năm 2022, phấn đấu kinh tế số chiếm từ 10% GRDP của tỉnh"),
    "20|digital_economy_share_grdp|2023|>=|10": dict(
        label="Phấn đấu kinh tế số chiếm từ 10% GRDP của tỉnh"),
    "20|sectoral_digital_economy_share|2023|=|2": dict(
        label="Phấn đấu tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt 2%"),
    "20|digital_economy_share_grdp|2030|range|25": dict(
        label="Phấn đấu kinh tế số chiếm từ 25% - 30% GRDP của tỉnh"),
    "20|sectoral_digital_economy_share|2030|>=|20": dict(
        label="Tỷ trọng giá trị tăng thêm của kinh tế số trong từng ngành, lĩnh vực đạt tối "
        "thiểu 20%"),
    "20|digital_economy_share_grdp|2022|=|12.52": dict(
        indicator="digital_economy_share_grdp_mic",
        note=MIC_NOTE + " Assigned on the facts note's reading that this is most likely the MIC "
        "provincial estimate."),
    # Điện Biên.
    "11|digital_economy_share_grdp|2025|>=|10": dict(
        label="Kinh tế số chiếm tối thiểu 10% GRDP của tỉnh",
        section="phấn đấu đến năm 2025"),
    "11|digital_economy_share_grdp|2030|>=|15": dict(
        label="Kinh tế số chiếm tối thiểu 15% GRDP của tỉnh",
        section="Đến năm 2030"),
    "11|dti_rank|2024|=|24": dict(
        note="Import: kept on the 63-province basis (dti_rank) as the quote says 24/63; the "
        "official DTI 2024 (published 21/10/2025) ranked 34 provinces, so the edition this "
        "figure belongs to should be checked."),
    # Sơn La.
    "14|digital_economy_share_grdp|2025|>=|10": dict(
        label="Tỷ trọng kinh tế số đạt từ 10% GRDP của tỉnh",
        section="1.2. Mục tiêu đến năm 2025"),
    "14|sectoral_digital_economy_share|2025|>=|15": dict(
        label="Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 15%",
        section="1.2. Mục tiêu đến năm 2025"),
    "14|grdp_per_capita|2025|=|61.8": dict(
        label="GRDP bình quân đầu người đạt 61,8 triệu đồng/người/năm"),
    "14|grdp|2025|~|82.789": dict(
        label="Quy mô GRDP đạt khoảng 82.789 tỷ đồng",
        note="Import: '82.789 tỷ đồng' (the dot separates thousands) recorded as 82.789 "
        "(trillion VND)."),
    # New Tuyên Quang.
    "new-08|digital_economy_share_grdp|2030|>=|20": dict(
        label="Tỷ trọng kinh tế số đạt tối thiểu 20% GRDP"),
    "new-08|grdp_per_capita|2030|=|95": dict(
        label="Tổng sản phẩm trên địa bàn bình quân đầu người đến năm 2030 đạt 95 triệu "
        "đồng/người"),
    "new-08|grdp_growth_rate|2026-2030|=|10.5": dict(
        label="Tốc độ tăng tổng sản phẩm trên địa bàn bình quân giai đoạn 2026-2030 đạt "
        "10,5%/năm"),
    # New Phú Thọ.
    "new-25|digital_economy_share_grdp|2030|=|30": dict(
        label="Kinh tế số đóng góp 30% GRDP vào năm 2030"),
    "new-25|digital_economy_share_grdp|2030|>|30": dict(
        label="Kinh tế số chiếm trên 30% GRDP"),
    "new-25|grdp_per_capita|2030|range|220": dict(
        label="GRDP bình quân đầu người tăng hơn gấp đôi, đạt 220 - 230 triệu đồng"),
    "new-25|grdp_per_capita|2025|>|105": dict(
        comparator="~",
        note="Import: the facts file has comparator '>' ('Hơn 105 triệu đồng'); an observation "
        "takes only '=' or '~', so it is recorded as '~' 105, an estimate ('ước đạt') slightly "
        "above 105."),
    "new-25|population|2030|=|4.2": dict(
        label="Quy mô dân số của Phú Thọ dự kiến 4,2 triệu người"),
    # Bắc Ninh (pre-merger) and the MIC Annual Report 2022 provincial estimates.
    "27|digital_economy_share_grdp|2030|>=|35": dict(
        label="Đến năm 2030, kinh tế số chiếm tối thiểu 35% GRDP"),
    "27|sectoral_digital_economy_share|2030|>=|20": dict(
        label="Đến năm 2030, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%"),
    "27|digital_economy_share_grdp|2025|=|20": dict(
        label="Năm 2025, Bắc Ninh phấn đấu kinh tế số chiếm 20% GRDP của tỉnh"),
    "27|digital_economy_share_grdp|2022|=|56.83": dict(
        indicator="digital_economy_share_grdp_mic", note=MIC_NOTE),
    "19|digital_economy_share_grdp|2022|=|42.92": dict(
        indicator="digital_economy_share_grdp_mic", note=MIC_NOTE),
    "24|digital_economy_share_grdp|2022|=|42.13": dict(
        indicator="digital_economy_share_grdp_mic", note=MIC_NOTE),
    "26|digital_economy_share_grdp|2022|=|22.87": dict(
        indicator="digital_economy_share_grdp_mic", note=MIC_NOTE),
    # New Bắc Ninh.
    "new-24|digital_economy_share_grdp|2030|=|45": dict(
        label="Đến năm 2030, kinh tế số chiếm 45% GRDP của tỉnh"),
    "new-24|innovative_enterprise_share|2030|>=|40": dict(
        label="Ít nhất 40% doanh nghiệp có hoạt động đổi mới sáng tạo",
        note=year_note(2030, "is the horizon of the plan the article reports (its headline "
                       "target is 'by 2030').")),
    "new-24|rd_spending_share_grdp|2030|>=|2": dict(
        label="Chi cho nghiên cứu và phát triển (R&D) đạt tối thiểu 2% GRDP",
        note=year_note(2030, "is the horizon of the plan the article reports (its headline "
                       "target is 'by 2030').")),
    "new-24|sme_digital_adoption_share|2030|=|60": dict(
        label="Đến năm 2030, 60% doanh nghiệp nhỏ và vừa của tỉnh ứng dụng công nghệ số"),
    "new-24|grdp_per_capita|2030|range|8700": dict(
        label="GRDP bình quân đầu người đạt từ 8.700-9.200 USD",
        note="Import: '8.700-9.200 USD' (the dot separates thousands): value recorded as 8700, "
        "value_high recorded as 9200; filed under grdp_per_capita_usd (a USD figure is not the "
        "VND indicator)."),
    "new-24|grdp_growth_rate|2026-2030|range|11": dict(
        label="Tốc độ tăng trưởng GRDP bình quân hằng năm từ 11-12%"),
    # New Thái Nguyên.
    "new-19|digital_economy_share_grdp|2030|~|35": dict(
        label="Giai đoạn 2026-2030, tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP tỉnh "
        "Thái Nguyên đạt khoảng 35%"),
    "new-19|grdp|2030|=|361.6": dict(
        label="Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành đến năm 2030 đạt 361,6 "
        "nghìn tỷ đồng"),
    "new-19|grdp_per_capita|2030|=|220": dict(
        label="GRDP bình quân đầu người đến năm 2030 đạt 220 triệu đồng"),
    "new-19|grdp_growth_rate|2026-2030|>=|10.5": dict(
        label="Tốc độ tăng trưởng kinh tế (GRDP) theo giá so sánh bình quân từ 10,5%/năm trở "
        "lên"),
    "new-19|grdp|2025|=|202.925": dict(
        note="Import: '202.925 tỉ đồng' (the dot separates thousands) recorded as 202.925 "
        "(trillion VND)."),
    "new-19|dti_rank|2024|=|8": dict(
        note="Import: filed under dti_rank_34 (rank among the 34 post-merger provinces)."),
    # PII 2023 regional average.
    "NMM|pii_score|2023|=|32.19": dict(
        note="Import: filed under pii_score_regional_mean (an average of the region's "
        "provinces, not a province's score)."),
    # National targets (Resolutions 57-NQ/TW and 52-NQ/TW).
    "VN|tfp_contribution|2030|>|55": dict(
        label="Đến năm 2030, TFP đóng góp trên 55% vào tăng trưởng kinh tế"),
    "VN|high_tech_export_share|2030|>=|50": dict(
        label="Đến năm 2030, tỷ trọng xuất khẩu sản phẩm công nghệ cao đạt tối thiểu 50%"),
    "VN|digital_economy_share_grdp|2030|>=|30": dict(
        label="Đến năm 2030, quy mô kinh tế số đạt ít nhất 30% GDP"),
    "VN|online_public_service_usage|2030|>|80": dict(
        label="Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến đạt trên 80%",
        note=year_note(2030, "is the horizon of Resolution 57's targets, as the facts file "
                       "gives it.")),
    "VN|rd_spending_share_grdp|2030|=|2": dict(
        label="Chi cho nghiên cứu và phát triển (R&D) đạt 2% GDP",
        note=year_note(2030, "is the horizon of Resolution 57's targets, as the facts file "
                       "gives it.")),
    "VN|researchers_per_10k|2030|=|12": dict(
        label="Nhân lực nghiên cứu khoa học, phát triển công nghệ và đổi mới sáng tạo đạt 12 "
        "người trên một vạn dân",
        note=year_note(2030, "is the horizon of Resolution 57's targets, as the facts file "
                       "gives it.")),
    "VN|sti_budget_share|2030|>=|3": dict(
        label="Hằng năm bố trí ít nhất 3% tổng chi ngân sách cho khoa học, công nghệ, đổi mới "
        "sáng tạo và chuyển đổi số",
        note=year_note(2030, "is the horizon of Resolution 57's targets, as the facts file "
                       "gives it (the floor applies every year).")),
    "VN|digital_economy_share_grdp|2045|=|50": dict(
        label="Đến năm 2045, quy mô kinh tế số tăng lên 50% GDP"),
    "VN|digital_economy_share_grdp|2025|~|20": dict(
        label="Kinh tế số chiếm khoảng 20% GDP",
        note=year_note(2025, "is the facts file's horizon for this Resolution 52-NQ/TW target "
                       "(the resolution sets targets for 2025 and 2030).")),
    "VN|digital_economy_share_grdp|2030|>|30": dict(
        label="Kinh tế số chiếm trên 30% GDP",
        note=year_note(2030, "is the facts file's horizon for this Resolution 52-NQ/TW target "
                       "(the resolution sets targets for 2025 and 2030).")),
    # National observations: GSO series 2020-2024, listed 'lần lượt'.
    "VN|digital_economy_share_grdp|2020|=|12.66": dict(note=gso_position_note(1, 2020)),
    "VN|digital_economy_share_grdp|2021|=|12.87": dict(note=gso_position_note(2, 2021)),
    "VN|digital_economy_share_grdp|2022|=|12.83": dict(note=gso_position_note(3, 2022)),
    "VN|digital_economy_share_grdp|2023|=|12.87": dict(note=gso_position_note(4, 2023)),
    "VN|digital_economy_share_grdp|2024|=|13.17": dict(note=gso_position_note(5, 2024)),
    # MIC national estimates.
    "VN|digital_economy_share_grdp|2021|=|11.91": dict(note=MIC_NOTE),
    "VN|digital_economy_share_grdp|2022|=|14.26": dict(note=MIC_NOTE),
    "VN|digital_economy_share_grdp|2024|~|18.3": dict(
        note=MIC_NOTE + " The facts file attributes the 2024 'policy estimate' of 18.3% to the "
        "MIC method (note of the GSO rows)."),
    "VN|dti_score|2024|=|0.7955": dict(
        note="Import: filed under dti_score_national (the national-level DTI, not a "
        "province's score)."),
}

# --------------------------------------------------------------------------------------------
# One documents.csv row per distinct (document text, source_url) pair of the facts file.
# `geo` is needed only where the pair's facts name several geos (then the issuer's geo).
# `kind` is `article` unless the document is of that kind and the URL is the issuer's own page.
# `number` and `date` are as printed in the facts' document text.
# --------------------------------------------------------------------------------------------
DOCUMENTS = [
    dict(
        id="ext-369-qd-ttg-thuvienphapluat",
        document="369/QĐ-TTg 04/5/2024 (Quy hoạch vùng trung du và miền núi phía Bắc "
        "2021-2030, tầm nhìn 2050)",
        url="http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/63453/phe-duyet-quy-"
        "hoach-vung-trung-du-va-mien-nui-phia-bac-thoi-ky-2021-2030-tam-nhin-den-2050",
        issuer="Thủ tướng Chính phủ", number="369/QĐ-TTg", date="04/5/2024", kind="article",
        note="URL: a Thư viện Pháp luật legal-information newsletter summarising the decision's "
        "target list, not the decision's own text."),
    dict(
        id="ext-154-kh-ubnd-laocai-doingoai",
        document="Kế hoạch đột phá KHCN, ĐMST và CĐS giai đoạn 2025-2030 của UBND tỉnh Lào Cai "
        "(154/KH-UBND 27/3/2025, implementing 414-CTr/TU 19/02/2025)",
        url="https://www.doingoailaocai.vn/vi/bai-viet/21957",
        issuer="Ủy ban nhân dân tỉnh Lào Cai", number="154/KH-UBND", date="27/3/2025",
        implements="414-CTr/TU", kind="article",
        note="URL: an article on doingoailaocai.vn (Lào Cai external-affairs news site) listing "
        "the plan's targets. The article does not print the plan number: linking it to "
        "154/KH-UBND is the facts file's inference (same subject and period)."),
    dict(
        id="ext-nq-dh-laocai-2025-vietnamplus",
        document="Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I, nhiệm kỳ "
        "2025-2030 (closed 30/9/2025)",
        url="https://www.vietnamplus.vn/lao-cai-phan-dau-thanh-trung-tam-ket-noi-giao-thuong-"
        "viet-nam-asean-trung-quoc-post1066155.vnp",
        issuer="Đảng bộ tỉnh Lào Cai (Đại hội đại biểu lần thứ I)", date="30/9/2025",
        kind="article",
        note="URL: a VietnamPlus (Vietnam News Agency) report on the congress's targets. The "
        "resolution's number is not printed; the date is the day the congress closed."),
    dict(
        id="ext-laocai-draft-targets-tienphong",
        document="Draft targets for the 1st Provincial Party Congress 2025-2030 (press briefing "
        "27/9/2025)",
        url="https://tienphong.vn/ung-dung-chuyen-doi-so-toan-dien-trong-ky-dai-hoi-dai-bieu-"
        "dang-bo-tinh-lao-cai-lan-thu-i-post1781810.tpo",
        issuer="Đảng bộ tỉnh Lào Cai", date="27/9/2025", kind="article",
        note="URL: a Tiền Phong article on the pre-congress press briefing (draft targets, not "
        "the adopted resolution). The same article is ext-tienphong-laocai-2025-09-27, "
        "recorded separately because the facts file describes it differently."),
    dict(
        id="ext-tienphong-laocai-2025-09-27", document="Tiền Phong, 27/9/2025",
        url="https://tienphong.vn/ung-dung-chuyen-doi-so-toan-dien-trong-ky-dai-hoi-dai-bieu-"
        "dang-bo-tinh-lao-cai-lan-thu-i-post1781810.tpo",
        issuer="Báo Tiền Phong", date="27/9/2025", kind="article",
        note="URL: a Tiền Phong news article (the same page as "
        "ext-laocai-draft-targets-tienphong)."),
    dict(
        id="ext-dti-2024-doingoailaocai", document="DTI 2024 (Bộ KH&CN, published Oct 2025)",
        url="https://www.doingoailaocai.vn/vi/bai-viet/24284",
        issuer="Bộ Khoa học và Công nghệ", date="10/2025", kind="article",
        note="URL: an article on doingoailaocai.vn (Lào Cai external-affairs news site) "
        "reporting the province's DTI 2024 result; the date is the index's publication month."),
    dict(
        id="ext-1648-qd-ttg-danviet",
        document="1648/QĐ-TTg 20/12/2023 (Quy hoạch tỉnh Hòa Bình 2021-2030, tầm nhìn 2050)",
        url="https://trangtraiviet.danviet.vn/hoa-binh-phan-dau-thanh-trung-tam-dich-vu-du-lich-"
        "va-cong-nghiep-che-bien-che-tao-hang-dau-20240115105324726.htm",
        issuer="Thủ tướng Chính phủ", number="1648/QĐ-TTg", date="20/12/2023", kind="article",
        note="URL: a Dân Việt (Trang trại Việt) article summarising the provincial plan. The "
        "date was not re-read on an official page (facts file)."),
    dict(
        id="ext-131-kh-ubnd-langson",
        document="131/KH-UBND 06/6/2022 (triển khai Chiến lược quốc gia phát triển kinh tế số "
        "và xã hội số đến 2025, định hướng 2030)",
        url="https://vanphong.langson.gov.vn/vi/node/71829",
        issuer="Ủy ban nhân dân tỉnh Lạng Sơn", number="131/KH-UBND", date="06/6/2022",
        kind="plan",
        note="URL: a page on the site of the Office of the Lạng Sơn People's Committee, the "
        "issuer's own site."),
    dict(
        id="ext-104-kh-ubnd-langson-stttt",
        document="104/KH-UBND 28/4/2023 (Chiến lược KTS-XHS năm 2023)",
        url="https://stttt.langson.gov.vn/trien-khai-chien-luoc-quoc-gia-phat-trien-kinh-te-so-"
        "va-xa-hoi-so-tren-dia-ban-tinh-lang-son-nam",
        issuer="Ủy ban nhân dân tỉnh Lạng Sơn", number="104/KH-UBND", date="28/4/2023",
        kind="article",
        note="URL: a news page of the Lạng Sơn Department of Information and Communications "
        "summarising the plan: a provincial agency's report, not the issuer's own page (the "
        "facts file rates it primary)."),
    dict(
        id="ext-de-an-cds-langson-viettimes",
        document="Đề án Chuyển đổi số tỉnh Lạng Sơn đến năm 2030 (number/date not shown in "
        "article)",
        url="https://viettimes.vn/80-ho-gia-dinh-kinh-doanh-o-lang-son-se-co-gian-hang-so-"
        "post179798.html",
        issuer="", kind="article",
        note="URL: a VietTimes article reporting the scheme's targets. Number, date and issuing "
        "body are not shown in the article."),
    dict(
        id="ext-anninhthudo-langson-2023",
        document="An ninh Thủ đô (2023), citing preliminary provincial estimates",
        url="https://www.anninhthudo.vn/lang-son-tang-truong-an-tuong-ve-cong-nghe-thong-tin-"
        "post562534.antd",
        issuer="Báo An ninh Thủ đô", date="2023", kind="article",
        note="URL: an An ninh Thủ đô news article (2023)."),
    dict(
        id="ext-dti-2021-langson-stttt", document="DTI 2021 (Bộ TT&TT)",
        url="https://stttt.langson.gov.vn/index.php/lang-son-xep-hang-5-toan-quoc-ve-chi-so-"
        "danh-gia-chuyen-doi-so-dti-2021-ket-qua-cua-su-no-luc-va",
        issuer="Bộ Thông tin và Truyền thông", kind="article",
        note="URL: an article of the Lạng Sơn Department of Information and Communications on "
        "the province's DTI 2021 rank (the quote is its headline); not the ministry's "
        "publication."),
    dict(
        id="ext-dti-2020-baolangson", document="DTI 2020 (Bộ TT&TT)",
        url="https://baolangson.vn/khoa-hoc-tin-hoc/cong-nghe/455867-llang-son-dung-thu-16-ve-"
        "chuyen-doi-so-va-co-100-dich-vu-cong-du-dieu-kien-len-muc-do-4.html",
        issuer="Bộ Thông tin và Truyền thông", kind="article",
        note="URL: a Báo Lạng Sơn article on the province's DTI 2020 rank."),
    dict(
        id="ext-de-an-cds-dienbien-tapchicongthuong",
        document="Đề án Chuyển đổi số tỉnh Điện Biên giai đoạn 2021-2025, định hướng đến năm "
        "2030 (number/date not shown)",
        url="https://tapchicongthuong.vn/dien-bien--day-manh-so-hoa-giai-doan-2021---2025-"
        "85467.htm",
        issuer="", kind="article",
        note="URL: a Tạp chí Công Thương article listing the scheme's targets. Number, date and "
        "issuing body are not shown."),
    dict(
        id="ext-baodienbienphu-cds", document="Báo Điện Biên Phủ",
        url="https://baodienbienphu.com.vn/tin-tuc/xa-hoi/193290/chuyen-doi-so-de-phat-trien",
        issuer="Báo Điện Biên Phủ", kind="article",
        note="URL: a Báo Điện Biên Phủ news article (undated in the facts file)."),
    dict(
        id="ext-dti-2024-tpdienbienphu",
        document="DTI 2024 (as reported by the provincial city portal)",
        url="https://tpdienbienphu.dienbien.gov.vn/portal/pages/print.aspx?p=42773",
        issuer="Bộ Thông tin và Truyền thông", kind="article",
        note="URL: a print page of the Điện Biên Phủ city portal, which credits the DTI to the "
        "Ministry of Information and Communications and ranks 63 provinces; the official "
        "DTI 2024 was published by the Ministry of Science and Technology for 34 provinces."),
    dict(
        id="ext-811-qd-ubnd-sonla-vioit",
        document="811/QĐ-UBND 04/5/2024 (Kế hoạch phát triển kinh tế số và xã hội số tỉnh Sơn "
        "La năm 2024-2025)",
        url="https://vioit.org.vn/vn/quy-hoach/dia-phuong/ke-hoach-phat-trien-kinh-te-so-va-"
        "xa-hoi-so-tinh-son-la-nam-2024---2025-5906.4102.html",
        issuer="Ủy ban nhân dân tỉnh Sơn La", number="811/QĐ-UBND", date="04/5/2024",
        kind="article",
        note="URL: a page of VIOIT (the Ministry of Industry and Trade's strategy and policy "
        "institute) reproducing the plan's target list: a third party's page, not the "
        "issuer's (the facts file rates it primary)."),
    dict(
        id="ext-457-nq-hdnd-sonla-kinhtedothi",
        document="457/NQ-HĐND 20/2/2025 (điều chỉnh mục tiêu tăng trưởng năm 2025)",
        url="https://kinhtedothi.vn/son-la-xay-dung-chinh-sach-ho-tro-doanh-nghiep-thuc-day-"
        "chuyen-doi-so-nang-cao-nang-luc-canh-tranh.682372.html",
        issuer="Hội đồng nhân dân tỉnh Sơn La", number="457/NQ-HĐND", date="20/2/2025",
        kind="article", note="URL: a Kinh tế & Đô thị article reporting the resolution."),
    dict(
        id="ext-nq-dh-tuyenquang-2025-infographics",
        document="Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ "
        "2025-2030 (TTXVN infographic 01/12/2025)",
        url="https://infographics.vn/phan-dau-den-nam-2030-tuyen-quang-la-tinh-phat-trien-kha-"
        "toan-dien-ben-vung/218403.vna",
        issuer="Đảng bộ tỉnh Tuyên Quang (Đại hội đại biểu lần thứ I)", date="01/12/2025",
        kind="article",
        note="URL: a Vietnam News Agency (TTXVN) infographic of the congress resolution's "
        "targets; the date is the infographic's, the resolution's number and date are not "
        "printed."),
    dict(
        id="ext-phutho-nq57-programmes-vietnamvn",
        document="Programmes/action plans of the Phú Thọ Provincial Party Standing Committee "
        "implementing Resolution 57 (article Oct 2025)",
        url="https://www.vietnam.vn/en/phu-tho-tang-toc-so-hoa-tao-cu-hich-tu-nghi-quyet-57",
        issuer="Ban Thường vụ Tỉnh ủy Phú Thọ", date="10/2025", implements="57-NQ/TW",
        kind="article",
        note="URL: an English (machine or editorial) translation on vietnam.vn of a Vietnamese "
        "article; the date is the article's month. No single programme is named."),
    dict(
        id="ext-nq-dh-phutho-2025-vna-en",
        document="Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ I, nhiệm kỳ "
        "2025-2030 (closed 30/9/2025)",
        url="https://www.htsyndication.com/vietnam-news-agency/article/phu-tho-aims-to-position-"
        "itself-as-growth-driver-of-capital-region/93672812",
        issuer="Đảng bộ tỉnh Phú Thọ (Đại hội đại biểu lần thứ I)", date="30/9/2025",
        kind="article",
        note="URL: a Vietnam News Agency English-service report syndicated by HT Syndication. "
        "The resolution's number is not printed; the date is the day the congress closed."),
    dict(
        id="ext-baophutho-2025-09-30", document="Báo Phú Thọ, 30/9/2025",
        url="https://baophutho.vn/vung-buoc-tien-vao-ky-nguyen-moi-240371.htm",
        issuer="Báo Phú Thọ", date="30/9/2025", kind="article",
        note="URL: a Báo Phú Thọ news article."),
    dict(
        id="ext-nq-dh-phutho-2025-dantri",
        document="Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ I, nhiệm kỳ "
        "2025-2030 (closed 30/9/2025)",
        url="https://dantri.com.vn/thoi-su/phu-tho-phat-trien-do-thi-doc-3-con-song-va-tuyen-"
        "duong-sat-toc-do-cao-20251004153916741.htm",
        issuer="Đảng bộ tỉnh Phú Thọ (Đại hội đại biểu lần thứ I)", date="30/9/2025",
        kind="article",
        note="URL: a Dân trí article on the province's development targets (the same resolution "
        "as ext-nq-dh-phutho-2025-vna-en, another report). The date is the day the congress "
        "closed."),
    dict(
        id="ext-nq-hdnd-bacninh-cds-bnews",
        document="Nghị quyết HĐND tỉnh Bắc Ninh phê duyệt Đề án Chuyển đổi số tỉnh Bắc Ninh "
        "giai đoạn 2024-2030 (late 2023)",
        url="https://bnews.vn/bac-ninh-phan-dau-den-nam-2030-kinh-te-so-chiem-toi-thieu-35-"
        "grdp/313955.html",
        issuer="Hội đồng nhân dân tỉnh Bắc Ninh", kind="article",
        note="URL: a BNEWS (Vietnam News Agency business news) article. Number not printed; "
        "issued in late 2023 (day and month not printed)."),
    dict(
        id="ext-bc-kts-2022-baomoi-provinces",
        document="Báo cáo thường niên kinh tế số Việt Nam 2022 (Ban Kinh tế Trung ương & Bộ "
        "TT&TT), released Sept 2023",
        url="https://baomoi.net.vn/ha-noi-tp-hcm-khong-nam-trong-top-5-dia-phuong-dang-dan-dau-"
        "ca-nuoc-ve-ty-trong-kinh-te-so-tren-grdp-c46933429.epi",
        geo="VN",
        issuer="Ban Kinh tế Trung ương; Bộ Thông tin và Truyền thông", date="9/2023",
        kind="article",
        note="URL: a news-aggregator (baomoi) copy of an article on the report's provincial "
        "estimates. The report is national; its facts concern several provinces, so geo is VN."),
    dict(
        id="ext-bacninh-kts-2030-vietnamnews",
        document="Statement of provincial vice-chairman on digital economy development to 2030 "
        "(Việt Nam News, 26/12/2025); likely Kế hoạch 144/KH-UBND 24/11/2025 (KTS-XHS "
        "2026-2030) — not confirmed",
        url="https://vietnamnews.vn/society/1732712/digital-economy-to-contribute-to-45-per-"
        "cent-of-bac-ninh-s-grdp.html",
        issuer="Ủy ban nhân dân tỉnh Bắc Ninh", date="26/12/2025", kind="article",
        note="URL: an English Việt Nam News report of a vice-chairman's statement; the date is "
        "the article's. Possibly Kế hoạch 144/KH-UBND of 24/11/2025, not confirmed, so number "
        "is left empty."),
    dict(
        id="ext-bacninh-du-thao-bcct-vietnamnet",
        document="Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần "
        "thứ I, nhiệm kỳ 2025-2030 (29/9/2025)",
        url="https://vietnamnet.vn/bac-ninh-dat-muc-tieu-tro-thanh-thanh-pho-truc-thuoc-trung-"
        "uong-vao-nam-2030-2447357.html",
        issuer="Đảng bộ tỉnh Bắc Ninh", date="29/9/2025", kind="article",
        note="URL: a VietNamNet article on the draft political report (a draft, not the "
        "adopted resolution)."),
    dict(
        id="ext-bacninh-briefing-danviet",
        document="Tỉnh ủy Bắc Ninh press briefing 29/8/2025 (Dân Việt)",
        url="https://danviet.vn/dai-hoi-dang-bo-tinh-bac-ninh-2025-2030-se-dat-chi-tieu-tang-"
        "truong-grdp-dat-11-12-cao-hon-muc-trung-uong-giao-d1359048.html",
        issuer="Tỉnh ủy Bắc Ninh", date="29/8/2025", kind="article",
        note="URL: a Dân Việt article on the provincial Party committee's press briefing."),
    dict(
        id="ext-nq-dh-thainguyen-2025-vietnamplus",
        document="Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ I, nhiệm kỳ "
        "2025-2030 (September 2025)",
        url="https://www.vietnamplus.vn/thai-nguyen-dat-muc-tieu-tro-thanh-trung-tam-cong-"
        "nghiep-hien-dai-truoc-nam-2030-post1064259.vnp",
        issuer="Đảng bộ tỉnh Thái Nguyên (Đại hội đại biểu lần thứ I)", date="9/2025",
        kind="article",
        note="URL: a VietnamPlus (Vietnam News Agency) report on the congress's targets. The "
        "resolution's number and day are not printed."),
    dict(
        id="ext-thainguyen-bcct-thanhnien",
        document="Political report to the 1st Provincial Party Congress (Thanh Niên, 23/9/2025)",
        url="https://thanhnien.vn/ong-trinh-viet-hung-lam-bi-thu-tinh-uy-thai-nguyen-nhiem-ky-"
        "2025-2030-185250923114610049.htm",
        issuer="Đảng bộ tỉnh Thái Nguyên", date="23/9/2025", kind="article",
        note="URL: a Thanh Niên article on the congress quoting the political report; the date "
        "is the article's."),
    dict(
        id="ext-dti-2024-baomoi", document="DTI 2024 (Bộ KH&CN, published 21/10/2025)",
        url="https://lite.baomoi.com/thai-nguyen-tang-toc-tren-ban-do-so-c53710679.epi",
        geo="VN", issuer="Bộ Khoa học và Công nghệ", date="21/10/2025", kind="article",
        note="URL: a news-aggregator (baomoi) copy of an article on Thái Nguyên's DTI 2024 "
        "result that also gives the national mean. The index is national and the facts name "
        "Thái Nguyên and VN, so geo is VN."),
    dict(
        id="ext-vietnamnet-thainguyen-2024-12", document="VietNamNet, Dec 2024",
        url="https://vietnamnet.vn/phat-trien-thai-nguyen-so-thai-nguyen-xanh-va-thai-nguyen-"
        "hanh-phuc-2356593.html",
        issuer="Báo VietNamNet", date="12/2024", kind="article",
        note="URL: a VietNamNet news article."),
    dict(
        id="ext-stttt-bacgiang-2024", document="Sở TT&TT Bắc Giang (2024)",
        url="https://stttt.bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/RcQOwn9w7wOJ/"
        "content/-ay-manh-chuyen-oi-so-thuc-ay-phat-trien-kinh-te-xa-hoi-tinh-bac-giang",
        issuer="Sở Thông tin và Truyền thông tỉnh Bắc Giang", date="2024", kind="article",
        note="URL: a news page on the Bắc Giang Department of Information and Communications "
        "site (its own article; the GRDP figure is the province's statistic it reports)."),
    dict(
        id="ext-pii-2023-vnexpress", document="PII 2023 (Bộ KH&CN, published 12/3/2024)",
        url="https://vnexpress.net/16-tinh-thanh-dung-dau-cac-vung-kinh-te-ve-doi-moi-sang-tao-"
        "4721102.html",
        geo="VN", issuer="Bộ Khoa học và Công nghệ", date="12/3/2024", kind="article",
        note="URL: a VnExpress article on the PII 2023 results by region; the date is the "
        "index's publication. The facts name several provinces, so geo is VN."),
    dict(
        id="ext-pii-2023-skhcn-tuyenquang", document="PII 2023 (Bộ KH&CN, published 12/3/2024)",
        url="http://skhcn.tuyenquang.gov.vn/tin-tuc-su-kien/so-huu-tri-tue/tuyen-quang-dung-thu-"
        "5-khu-vuc-trung-du-va-mien-nui-phia-bac-ve-chi-so-doi-moi-sang-tao-dia-phuong-"
        "21404.html",
        issuer="Bộ Khoa học và Công nghệ", date="12/3/2024", kind="article",
        note="URL: a news page of the Tuyên Quang Department of Science and Technology "
        "(reposting Báo Tuyên Quang) on the province's PII 2023 result; not the ministry's "
        "publication."),
    dict(
        id="ext-pii-2023-diendandoanhnghiep",
        document="PII 2023 (Bộ KH&CN, published 12/3/2024)",
        url="https://diendandoanhnghiep.vn/doi-moi-sang-tao-buoc-dem-vung-chac-phat-trien-kinh-"
        "te-tai-dia-phuong-10129330.html",
        geo="VN", issuer="Bộ Khoa học và Công nghệ", date="12/3/2024", kind="article",
        note="URL: a Diễn đàn Doanh nghiệp article on the PII 2023 results. The facts name "
        "several provinces, so geo is VN."),
    dict(
        id="ext-pii-2023-skhcn-hanam", document="PII 2023 (Bộ KH&CN, published 12/3/2024)",
        url="https://skhcn.hanam.gov.vn/Pages/cong-bo-ket-qua-chi-so-doi-moi-sang-tao-cap-dia-"
        "phuong-nam-2023.aspx",
        issuer="Bộ Khoa học và Công nghệ", date="12/3/2024", kind="article",
        note="URL: a news page of the Hà Nam Department of Science and Technology citing "
        "vista.gov.vn on the PII 2023 results; not the ministry's publication."),
    dict(
        id="ext-pii-2024-vietnamiplaws", document="PII 2024 (Bộ KH&CN, published 30/12/2024)",
        url="https://vietnamiplaws.com/chi-so-doi-moi-sang-tao-cap-dia-phuong-pii-tai-viet-nam-"
        "nam-2025",
        geo="VN", issuer="Bộ Khoa học và Công nghệ", date="30/12/2024", kind="article",
        note="URL: a law firm's blog post on the PII 2024 results. The facts name several "
        "provinces, so geo is VN."),
    dict(
        id="ext-pii-2024-vietbao", document="PII 2024 (Bộ KH&CN, published 30/12/2024)",
        url="https://vietbao.vn/ha-noi-tiep-tuc-la-dia-phuong-co-diem-so-cao-nhat-ve-doi-moi-"
        "sang-tao-nam-2024-523051.html",
        issuer="Bộ Khoa học và Công nghệ", date="30/12/2024", kind="article",
        note="URL: a Việt Báo news article on the PII 2024 results."),
    dict(
        id="ext-dti-2022-dti-gov-vn",
        document="DTI 2022 (Bộ TT&TT, Báo cáo xếp hạng đánh giá mức độ chuyển đổi số năm 2022, "
        "published July 2023)",
        url="https://dti.gov.vn/xep-hang-2022",
        geo="VN", issuer="Bộ Thông tin và Truyền thông", date="7/2023", kind="report",
        note="URL: the 2022 ranking table on the official DTI portal (dti.gov.vn), the issuer's "
        "own page. The facts name 16 provinces, so geo is VN."),
    dict(
        id="ext-57-nq-tw-dangcongsan",
        document="57-NQ/TW 22/12/2024 (Bộ Chính trị, đột phá phát triển KHCN, ĐMST và CĐS quốc "
        "gia)",
        url="https://dangcongsan.org.vn/tin-hoat-dong/kinh-te-so-va-tfp-nen-tang-doi-moi-mo-"
        "hinh-tang-truong-kinh-te-o-viet-nam3.html",
        issuer="Bộ Chính trị", number="57-NQ/TW", date="22/12/2024", kind="article",
        note="URL: an article on dangcongsan.org.vn paraphrasing the resolution's targets "
        "('Theo các chỉ tiêu định hướng'), not the resolution's text."),
    dict(
        id="ext-57-nq-tw-baonghean-en",
        document="57-NQ/TW 22/12/2024 (Bộ Chính trị, đột phá phát triển KHCN, ĐMST và CĐS quốc "
        "gia)",
        url="https://baonghean.vn/en/tong-bi-thu-lam-truong-ban-chi-dao-trung-uong-phat-trien-"
        "khoa-hoc-cong-nghe-chuyen-doi-so-10287764.html",
        issuer="Bộ Chính trị", number="57-NQ/TW", date="22/12/2024", kind="article",
        note="URL: an English article of Báo Nghệ An translating the resolution's target list."),
    dict(
        id="ext-57-nq-tw-nhandan-en",
        document="57-NQ/TW 22/12/2024 (Bộ Chính trị, đột phá phát triển KHCN, ĐMST và CĐS quốc "
        "gia)",
        url="https://en.nhandan.vn/special/politburo-resolution-no-57-nq-tw-dated-december-22-"
        "2024-on-breakthroughs-in-the-development-of-science-technology-innovation-and-"
        "national-digital-transformation/index.html",
        issuer="Bộ Chính trị", number="57-NQ/TW", date="22/12/2024", kind="article",
        note="URL: Nhân Dân's English special page on the resolution (a translation)."),
    dict(
        id="ext-57-nq-tw-vietnamvn-ru",
        document="57-NQ/TW 22/12/2024 (Bộ Chính trị, đột phá phát triển KHCN, ĐMST và CĐS quốc "
        "gia)",
        url="https://thongtin.vietnam.vn/ru/video-nghi-quyet-57-chia-khoa-vang-dua-viet-nam-vao-"
        "ky-nguyen-moi",
        issuer="Bộ Chính trị", number="57-NQ/TW", date="22/12/2024", kind="article",
        note="URL: a Russian translation (language 'other' = Russian) on thongtin.vietnam.vn of "
        "a Nhân Dân video text about the resolution."),
    dict(
        id="ext-57-nq-tw-dxcenter",
        document="57-NQ/TW 22/12/2024 (Bộ Chính trị, đột phá phát triển KHCN, ĐMST và CĐS quốc "
        "gia)",
        url="https://dxcenter.org.vn/viet-nam-tren-duong-dua-ky-nguyen-so-kinh-te-so-bai-2",
        issuer="Bộ Chính trị", number="57-NQ/TW", date="22/12/2024", kind="article",
        note="URL: an article on dxcenter.org.vn paraphrasing the resolution."),
    dict(
        id="ext-52-nq-tw-thanhnien",
        document="52-NQ/TW 27/9/2019 (Bộ Chính trị, chủ động tham gia CMCN 4.0)",
        url="https://m.thanhnien.vn/thoi-su/bo-chinh-tri-dat-muc-tieu-kinh-te-so-chiem-tren-30-"
        "gdp-nam-2030-1131638.html",
        issuer="Bộ Chính trị", number="52-NQ/TW", date="27/9/2019", kind="article",
        note="URL: a Thanh Niên article listing the resolution's targets."),
    dict(
        id="ext-gso-kts-2020-2024-baomoi",
        document="Tổng cục Thống kê, biên soạn chỉ tiêu tỷ trọng giá trị tăng thêm của kinh tế "
        "số trong GDP, GRDP 2020-2024 (published 6/1/2025)",
        url="https://baomoi.net.vn/kinh-te-so-nam-2024-gop-1-5-trieu-ty-dong-chiem-13-17-gdp-"
        "c51176088.epi",
        issuer="Tổng cục Thống kê", date="6/1/2025", kind="article",
        note="URL: a news-aggregator (baomoi) copy of an article on the GSO release."),
    dict(
        id="ext-nso-kts-2025-vneconomy", document="Cục Thống kê (Bộ Tài chính), Jan 2026",
        url="https://vneconomy.vn/tang-them-72-ty-usd-kinh-te-so-dong-gop-hon-14-vao-gdp-"
        "2025.htm",
        issuer="Cục Thống kê (Bộ Tài chính)", date="1/2026", kind="article",
        note="URL: a VnEconomy article on the statistics office's estimate."),
    dict(
        id="ext-bc-kts-2022-diendandoanhnghiep",
        document="Báo cáo thường niên kinh tế số Việt Nam 2022 (Ban Kinh tế Trung ương & Bộ "
        "TT&TT), released Sept 2023",
        url="https://diendandoanhnghiep.vn/print/10091488.html",
        issuer="Ban Kinh tế Trung ương; Bộ Thông tin và Truyền thông", date="9/2023",
        kind="article",
        note="URL: the print view of a Diễn đàn Doanh nghiệp article on the report."),
    dict(
        id="ext-vietnamnet-kts-2025-11-26", document="VietNamNet, 26/11/2025",
        url="https://vietnamnet.vn/kinh-te-so-dong-luc-phat-trien-xa-hoi-toan-dien-va-ben-vung-"
        "2446462.html",
        issuer="Báo VietNamNet", date="26/11/2025", kind="article",
        note="URL: a VietNamNet article."),
    dict(
        id="ext-dti-2024-vietnamnet", document="DTI 2024 (Bộ KH&CN, published 21/10/2025)",
        url="https://vietnamnet.vn/ha-noi-hue-hai-phong-tphcm-va-thanh-hoa-dan-dau-ca-nuoc-ve-"
        "chuyen-doi-so-2454930.html",
        issuer="Bộ Khoa học và Công nghệ", date="21/10/2025", kind="article",
        note="URL: a VietNamNet article on the DTI 2024 results."),
]


# Documents that are drafts, appraisal dossiers or proposals, not the adopted text (status
# `draft` in documents.csv): statistics prefer an adopted document's target to theirs. Each is
# one the facts file describes so ('Dự thảo', 'DRAFT', 'appraisal', 'proposed').
DRAFT_DOCUMENTS = {
    "ext-laocai-draft-targets-tienphong", "ext-bacninh-du-thao-bcct-vietnamnet",
    "ext-quyhoach-caobang-thamdinh-hanoipr", "ext-duthao-quyhoach-phutho-2023-thitruonghanghoa",
    "ext-khptktxh-2021-2025-hoabinh-duthao-baohoabinh-en",
    "ext-duthao-bc-ktxh-dh-phutho-2025-baophutho-en",
}

# The texts of one national document, linked in their notes: the primary Vietnamese text of
# Resolution 57-NQ/TW's targets (hdll.vn) is what national benchmarks use first; the earlier
# press paraphrases and translations stay, each pointing to it.
PRIMARY_TEXT = {"57-NQ/TW": "ext-57-nq-tw-hdll"}

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------
def fail(message):
    sys.exit(f"import-external-facts: error: {message}")


def nfc(text):
    return unicodedata.normalize("NFC", text)


def fact_key(fact):
    return "|".join(fact[c] for c in ("geo_code", "indicator", "year", "comparator", "value"))


def join_notes(*parts):
    return " ".join(p.strip() for p in parts if p and p.strip())


def read_records(path):
    """The header and the records of a CSV file, each with its raw text, so that rows the
    import does not own are written back byte for byte."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if text and not text.endswith("\n"):
        text += "\n"  # only so that appended rows start on a new line
    lines = text.splitlines(keepends=True)
    reader = csv.reader(iter(lines))
    records = []
    start = 0
    header = None
    header_raw = ""
    for fields in reader:
        raw = "".join(lines[start:reader.line_num])
        start = reader.line_num
        if header is None:
            header = [h.lstrip("\ufeff") for h in fields]
            header_raw = raw
            continue
        row = dict(zip(header, fields)) if fields else None
        records.append((row, raw))
    if header is None:
        fail(f"{path} has no header row")
    return header, header_raw, records


def serialise(header, rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n", extrasaction="raise")
    for row in rows:
        writer.writerow({k: nfc(row.get(k, "")) for k in header})
    return out.getvalue()


def rewrite(path, owned, new_rows, default_header=None, trailing=lambda row: False):
    """Keep every row `owned` rejects exactly as it is, then append `new_rows`; kept rows that
    `trailing` accepts (facts found later with the search tool, ids `web-…`) go after them, so
    that file order, the last tie-break of the observation rule, puts the imported facts
    first."""
    if os.path.exists(path):
        header, header_raw, records = read_records(path)
    else:
        header = default_header
        header_raw = ",".join(default_header) + "\n"
        records = []
    missing = [c for c in (new_rows[0].keys() if new_rows else []) if c not in header]
    if missing:
        fail(f"{path} has no column(s) {', '.join(missing)}")
    kept = [(row, raw) for row, raw in records if row is None or not owned(row)]
    first = "".join(raw for row, raw in kept if row is None or not trailing(row))
    last = "".join(raw for row, raw in kept if row is not None and trailing(row))
    content = header_raw + first + serialise(header, new_rows) + last
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(content)


# --------------------------------------------------------------------------------------------
# Import
# --------------------------------------------------------------------------------------------
def resolve_geo(code, provinces):
    if code in ("NMM", "VN"):
        return code
    if code.startswith("new-"):
        number = code[len("new-"):]
        created = [p for p in provinces if p["code"] == number and p["valid_from"] == "2025-07-01"]
        unchanged = [p for p in provinces
                     if p["code"] == number and not p["valid_from"] and not p["valid_to"]]
        matches = created or unchanged
    else:
        matches = [p for p in provinces if p["code"] == code and not p["valid_from"]
                   and p["valid_to"] in ("", "2025-06-30")]
    if len(matches) != 1:
        fail(f"geo_code '{code}' matches {len(matches)} provinces in provinces.csv; add the "
             "province (see sources/province-merger-2025.csv) before importing")
    return matches[0]["id"]


# --------------------------------------------------------------------------------------------
# Rows 130 onwards: editorial tables kept as CSV files in scripts/external-facts/, keyed by the
# fact's row number (1-based, header not counted) and checked against its content key, since
# those rows are no longer unique by content (two sources for one figure are two rows).
# --------------------------------------------------------------------------------------------
FIRST_ROW_KEYED = 130
EDITORIAL = os.path.join(ROOT, "scripts", "external-facts")
REPORT = os.path.join(DATASETS, "imports", "external-facts.csv")
REPORT_COLUMNS = [
    "row", "kind", "geo_code", "indicator", "year", "status", "id", "reason", "conversion",
]
ROW_EDIT_COLUMNS = [
    "row", "key", "indicator", "label", "section", "caveat", "note", "comparator", "exclude",
]
LANGUAGE_NAMES.update({"id": "Indonesian", "fr": "French", "de": "German", "ru": "Russian",
                       "th": "Thai"})


def read_table(name, columns):
    path = os.path.join(EDITORIAL, name)
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != columns:
            fail(f"{path}: expected columns {','.join(columns)}, found {reader.fieldnames}")
        return [{k: nfc(v) for k, v in row.items()} for row in reader]


def swift_numbers(quote):
    """The numbers the dataset tests read in a quote (a decimal comma read as a point)."""
    out = []
    for token in re.findall(r"\d+(?:[.,]\d+)?", quote):
        out.append(float(token.replace(",", ".")))
    return out


def grouped_numbers(quote):
    """(token, value, convention) for each number written with digit grouping: the Vietnamese
    way (dots group thousands, a comma is the decimal mark: '1.865.270', '61,8') and the
    English way of translated quotes ('6,000', '169,317.5')."""
    out = []
    for token in re.findall(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", quote):
        out.append((token, float(token.replace(".", "").replace(",", ".")), "Vietnamese"))
    for token in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", quote):
        out.append((token, float(token.replace(",", "")), "English"))
    return out


def conversion_note(value, quote, unit):
    """How a figure that is not written as such in its quote was read off it: digit grouping
    ('9.800 USD' = 9800) or a smaller or larger unit ('1.865.270 người' = 1.865270 million
    persons, '13.794 tỷ đồng' = 13.794 trillion VND). (None, None) if the figure is written
    as such; ("", None) if no power-of-1000 reading gives it."""
    if value in swift_numbers(quote):
        return None, None
    for token, number, convention in grouped_numbers(quote):
        for power in (0, -9, -6, -3, 3, 6, 9):
            if number and abs(number * 10.0 ** power - value) <= 1e-9 * abs(value):
                text = f"{value!r}" if value != int(value) else str(int(value))
                scale = f", x 10^{power}" if power else ""
                return (f"Import: '{token}' in the quote ({convention} digit grouping) recorded "
                        f"as {text} ({unit}{scale}).", f"{token} x 10^{power}")
    return "", None


def import_fact(number, fact, edit, *, row_keyed, unit_map, units, provinces, document_id,
                targets, observations):
    """One fact as a target, an observation or an exclusion (appended to `targets` or
    `observations`); returns its line of the import report.

    `edit` has every column of ROW_EDIT_COLUMNS ("" where none). Rows 1-129 (`row_keyed`
    false) keep the rules they were imported under: the unit map of the script's table, a
    single year for an observation, no conversion read off the quote."""
    key = fact_key(fact)
    where = f"row {number} ({key})" if row_keyed else key
    table = "rows.csv" if row_keyed else "EDITS"
    line = dict(row=str(number), kind=fact["kind"], geo_code=fact["geo_code"],
                indicator=fact["indicator"], year=fact["year"], status="", id="", reason="",
                conversion="")
    if edit["exclude"]:
        line.update(status="excluded", reason=edit["exclude"])
        return line
    mapped = unit_map.get((fact["indicator"], fact["unit"]))
    if mapped is None:
        fail(f"{where}: no indicator for unit '{fact['unit']}'; map it in "
             + ("scripts/external-facts/unit-map.csv or exclude the row" if row_keyed
                else "INDICATOR_BY_UNIT"))
    indicator = edit["indicator"] or mapped
    if indicator not in units:
        fail(f"{where}: indicator '{indicator}' is in no indicators table")
    geo = resolve_geo(fact["geo_code"], provinces)
    national_caveat = NATIONAL_GDP_CAVEATS.get(indicator, "") if geo == "VN" else ""
    notes = [fact["note"], edit["note"]]
    for value in (fact["value"], fact["value_high"]) if row_keyed else ():
        if not value:
            continue
        note, conversion = conversion_note(float(value), fact["quote"], units[indicator])
        if note is None:
            continue
        if note == "" and f"recorded as {value}" not in edit["note"]:
            fail(f"{where}: {value} is not written in the quote and no conversion reads it "
                 "off; explain it in rows.csv ('recorded as …') or exclude the row")
        if note:
            notes.append(note)
            line["conversion"] = "; ".join(c for c in (line["conversion"], conversion) if c)
    if fact["kind"] in TARGET_KINDS:
        if not edit["label"]:
            fail(f"{where}: a target needs a label in {table}")
        if edit["comparator"]:
            fail(f"{where}: a target keeps the facts' comparator")
        if fact["quote_lang"] != "vi":
            language = LANGUAGE_NAMES.get(fact["quote_lang"], fact["quote_lang"])
            notes.append(f"Import: the label is an editorial Vietnamese translation of the "
                         f"{language} quote, not the document's wording.")
        caveats = [c for c in (national_caveat, edit["caveat"]) if c]
        pair = (fact["document"], fact["source_url"])
        targets.append(dict(
            id=f"ext-t-{len(targets) + 1:03d}", geo=geo, indicator=indicator,
            unit=units[indicator], year=fact["year"], comparator=fact["comparator"],
            value=fact["value"], value_high=fact["value_high"],
            kind="rank" if units[indicator] == "rank" else "quantitative",
            document=document_id[pair], section=edit["section"], quote=fact["quote"],
            label=edit["label"], confidence=fact["confidence"], caveat=" ".join(caveats),
            note=join_notes(*notes)))
        line.update(status="target", id=targets[-1]["id"])
    elif fact["kind"] in OBSERVATION_KINDS:
        if edit["label"] or edit["caveat"] or edit["section"]:
            fail(f"{where}: observations have no label, caveat or section")
        # A year, or (rows 130 onwards) a period ("2021-2025") for an average over it.
        year = r"\d{4}(-\d{4})?" if row_keyed else r"[^-]*"
        if not re.fullmatch(year, fact["year"]) or fact["value_high"]:
            fail(f"{where}: an observation needs a year"
                 + (" (or a period)" if row_keyed else "")
                 + " and a single value; exclude it with the reason")
        comparator = edit["comparator"] or fact["comparator"]
        if comparator not in ("=", "~"):
            fail(f"{where}: observation comparator '{comparator}' is not '=' or '~'; "
                 "exclude it with the reason")
        if national_caveat:
            notes.append("Import: " + national_caveat)
        observations.append(dict(
            id=f"ext-o-{len(observations) + 1:03d}", geo=geo, indicator=indicator,
            unit=units[indicator], year=fact["year"], comparator=comparator,
            value=fact["value"], source=fact["source_url"], section=fact["document"],
            quote=fact["quote"], confidence=fact["confidence"], note=join_notes(*notes)))
        line.update(status="observation", id=observations[-1]["id"])
    else:
        fail(f"{where}: unknown kind '{fact['kind']}'")
    return line


def row_edits():
    """The editorial rows of rows.csv, by fact row number."""
    edits = {}
    for edit in read_table("rows.csv", ROW_EDIT_COLUMNS):
        number = int(edit["row"])
        if number in edits:
            fail(f"rows.csv: row {number} twice")
        edits[number] = edit
    return edits


def main():
    facts_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_FACTS
    with open(facts_path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if [c.lstrip("\ufeff") for c in reader.fieldnames] != FACT_COLUMNS:
            fail(f"{facts_path}: expected columns {','.join(FACT_COLUMNS)}")
        facts = [{k.lstrip("\ufeff"): nfc(v) for k, v in row.items()} for row in reader]
    content_keyed = facts[:FIRST_ROW_KEYED - 1]

    keys = [fact_key(f) for f in content_keyed]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        fail(f"facts are not unique by geo|indicator|year|comparator|value: {duplicates}")
    unused = sorted(set(EDITS) - set(keys))
    if unused:
        fail(f"EDITS name facts that are not in the facts file: {unused}")

    _, _, province_records = read_records(os.path.join(DATASETS, "provinces.csv"))
    provinces = [row for row, _ in province_records if row]
    _, _, indicator_records = read_records(os.path.join(DATASETS, "indicators.csv"))
    more_indicators = read_table("indicators.csv", INDICATOR_COLUMNS)
    all_new = NEW_INDICATORS + more_indicators
    new_ids = {i["id"] for i in all_new}
    if len(new_ids) != len(all_new):
        fail("an indicator id is defined twice")
    indicators = {row["id"]: row for row, _ in indicator_records if row}
    units = {i: row["unit"] for i, row in indicators.items() if i not in new_ids}
    clash = sorted(new_ids & set(units))
    if clash:
        fail(f"new indicators already in the seed rows: {clash}")
    units.update({i["id"]: i["unit"] for i in all_new})
    unit_map = dict(INDICATOR_BY_UNIT)
    for row in read_table("unit-map.csv", ["facts_indicator", "facts_unit", "indicator"]):
        pair = (row["facts_indicator"], row["facts_unit"])
        if pair in unit_map:
            fail(f"unit-map.csv repeats {pair}")
        unit_map[pair] = row["indicator"]

    # Documents: one per (document text, source_url). Rows 1-129 give one to every pair, as
    # before; later rows give one to the pairs their targets quote (an observation names its
    # URL itself).
    more_documents = read_table("documents.csv", [
        "id", "document", "source_url", "geo", "issuer", "number", "date", "kind",
        "implements", "note"])
    documents = DOCUMENTS + [dict(d, url=d["source_url"]) for d in more_documents]
    by_pair = {(d["document"], d["url"]): d for d in documents}
    if len(by_pair) != len(documents) or len({d["id"] for d in documents}) != len(documents):
        fail("DOCUMENTS and documents.csv have a duplicate (document, url) pair or id")
    pair_facts = {}
    for number, fact in enumerate(facts, start=1):
        pair = (fact["document"], fact["source_url"])
        if number < FIRST_ROW_KEYED or fact["kind"] in TARGET_KINDS:
            if pair not in by_pair:
                fail(f"row {number}: no document entry for '{fact['document']}' at "
                     f"{fact['source_url']}")
            pair_facts.setdefault(pair, []).append(fact)
    unknown_drafts = sorted(DRAFT_DOCUMENTS - {d["id"] for d in documents})
    if unknown_drafts:
        fail(f"DRAFT_DOCUMENTS names unknown documents: {unknown_drafts}")
    if set(pair_facts) != set(by_pair):
        fail("document entries no fact uses: "
             f"{sorted(by_pair[p]['id'] for p in set(by_pair) - set(pair_facts))}")
    document_rows = []
    document_id = {}
    for pair, group in pair_facts.items():
        meta = by_pair[pair]
        for attribute in ("confidence", "quote_lang"):
            if len({f[attribute] for f in group}) != 1:
                fail(f"{meta['id']}: facts differ in {attribute}; split the document")
        geos = {resolve_geo(f["geo_code"], provinces) for f in group}
        if meta.get("geo"):
            geo = meta["geo"]
        elif len(geos) == 1:
            geo = geos.pop()
        else:
            fail(f"{meta['id']}: facts name several geos {sorted(geos)}; set 'geo'")
        language = group[0]["quote_lang"]
        document_id[pair] = meta["id"]
        document_rows.append(dict(
            id=meta["id"], geo=geo, issuer=meta.get("issuer", ""),
            number=meta.get("number", ""), date=meta.get("date", ""), kind=meta["kind"],
            title=pair[0], implements=meta.get("implements", ""), file="", url=pair[1],
            language=language, confidence=group[0]["confidence"], note=meta["note"],
            status="draft" if meta["id"] in DRAFT_DOCUMENTS else ""))

    # Rows 1-129 are edited by content (EDITS), later rows by number (rows.csv); ids follow
    # the facts file's order either way.
    edits = row_edits()
    blank = {c: "" for c in ROW_EDIT_COLUMNS}
    targets, observations, report = [], [], []
    for number, fact in enumerate(facts, start=1):
        row_keyed = number >= FIRST_ROW_KEYED
        if row_keyed:
            edit = edits.pop(number, None)
            if edit is not None and edit["key"] != fact_key(fact):
                fail(f"rows.csv: row {number} is for '{edit['key']}', the facts file has "
                     f"'{fact_key(fact)}'")
            edit = edit or blank
        else:
            edit = {**blank, **EDITS.get(fact_key(fact), {})}
        report.append(import_fact(
            number, fact, edit, row_keyed=row_keyed,
            unit_map=unit_map if row_keyed else INDICATOR_BY_UNIT, units=units,
            provinces=provinces, document_id=document_id, targets=targets,
            observations=observations))
    if edits:
        fail(f"rows.csv names rows the facts file does not have: {sorted(edits)}")
    excluded = [line for line in report if line["status"] == "excluded"]
    if len(targets) + len(observations) + len(excluded) != len(facts) or len(report) != len(facts):
        fail("not every fact was imported or excluded")

    for number, primary in PRIMARY_TEXT.items():
        texts = [d for d in document_rows if d["number"] == number]
        if primary not in {d["id"] for d in texts}:
            fail(f"PRIMARY_TEXT: {primary} is not a document numbered {number}")
        others = [d["id"] for d in texts if d["id"] != primary]
        for d in texts:
            if d["id"] == primary:
                d["note"] = join_notes(d["note"], "Linked: the primary text of " + number
                                       + "'s targets, used first as the national benchmark; the "
                                       "same targets in press paraphrases and translations: "
                                       + ", ".join(others) + ".")
            else:
                d["note"] = join_notes(d["note"], f"Linked: the primary text of {number}'s "
                                       f"targets is {primary} (hdll.vn), used first as the "
                                       "national benchmark.")

    used = {t["indicator"] for t in targets} | {o["indicator"] for o in observations}
    unused_new = sorted(new_ids - used)
    if unused_new:
        fail(f"new indicators not used by any fact: {unused_new}")

    rewrite(os.path.join(DATASETS, "documents.csv"), lambda r: r["id"].startswith("ext-"),
            document_rows)
    rewrite(os.path.join(DATASETS, "indicators.csv"), lambda r: r["id"] in new_ids, all_new)
    rewrite(os.path.join(DATASETS, "targets.csv"), lambda r: r["id"].startswith("ext-t-"),
            targets)
    rewrite(os.path.join(DATASETS, "observations.csv"), lambda r: r["id"].startswith("ext-o-"),
            observations, default_header=OBSERVATION_COLUMNS,
            trailing=lambda r: r["id"].startswith("web-"))
    os.makedirs(os.path.dirname(REPORT), exist_ok=True)
    with open(REPORT, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(REPORT_COLUMNS) + "\n" + serialise(REPORT_COLUMNS, report))
    print(f"imported {len(facts)} facts: {len(targets)} targets, {len(observations)} "
          f"observations, {len(excluded)} excluded (reasons in datasets/imports/"
          f"external-facts.csv), {len(document_rows)} documents, {len(all_new)} new indicators")


if __name__ == "__main__":
    main()
