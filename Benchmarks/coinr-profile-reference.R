# Reference numbers for provbench's unit profiles (issue 19), made with COINr itself.
#
# Builds COINr's ASEM example as Benchmarks/coinr-audit-reference.R does and writes what
# get_unit_summary() and get_str_weak() return for every unit to
# Tests/CompositeTests/Fixtures/coinr-asem-audit/ (unit_summary.csv, str_weak_*.csv). Not
# needed by the tests (the CSVs are committed); see that script for installing R and COINr:
#
#   Rscript Benchmarks/coinr-profile-reference.R [output directory]
#
# Scores carry 17 significant digits and COINr's rounding (nround, sig_figs) is off.
suppressPackageStartupMessages(library(COINr))

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[[1]] else "Tests/CompositeTests/Fixtures/coinr-asem-audit"
dir.create(out, showWarnings = FALSE, recursive = TRUE)

full <- function(df) {
  for (name in names(df)) {
    if (is.double(df[[name]])) {
      column <- df[[name]]
      df[[name]] <- ifelse(is.na(column), "NA", sprintf("%.17g", column))
    }
  }
  df
}
put <- function(df, name) {
  utils::write.csv(full(as.data.frame(df)), file.path(out, name), row.names = FALSE,
                   quote = TRUE, na = "NA")
}

coin <- build_example_coin(quietly = TRUE)
units <- coin$Data$Aggregated$uCode
levels <- 1:max(coin$Meta$Ind$Level, na.rm = TRUE)

# get_unit_summary(): every level, every unit of the aggregated data set. Ranks are
# rank(-x, ties.method = "min"); rows run from the top level down, metadata order within one.
summary <- do.call(rbind, lapply(units, function(unit) {
  cbind(uCode = unit, get_unit_summary(coin, usel = unit, Levels = levels, dset = "Aggregated",
                                       nround = NULL))
}))
put(summary, "unit_summary.csv")

# get_str_weak(): top and bottom five indicators of every unit, with the report level's group.
# "Raw" has missing values and is direction-adjusted (COINr's default for that data set);
# "Aggregated" is not. unq_discard = 0.5 also drops indicators with few distinct values.
strweak <- function(dset, unq_discard, name) {
  rows <- do.call(rbind, lapply(units, function(unit) {
    sw <- get_str_weak(coin, dset = dset, usel = unit, topN = 5, bottomN = 5,
                       unq_discard = unq_discard, sig_figs = NULL, with_units = FALSE)
    names(sw$Strengths)[3] <- "Group"
    names(sw$Weaknesses)[3] <- "Group"
    rbind(cbind(uCode = unit, Kind = "strength", Position = seq_len(nrow(sw$Strengths)),
                sw$Strengths),
          cbind(uCode = unit, Kind = "weakness", Position = seq_len(nrow(sw$Weaknesses)),
                sw$Weaknesses))
  }))
  put(rows, name)
}
strweak("Raw", NULL, "str_weak_raw.csv")
strweak("Aggregated", NULL, "str_weak_aggregated.csv")
strweak("Raw", 0.5, "str_weak_raw_unq05.csv")
