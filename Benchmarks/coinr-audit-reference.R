# Reference numbers for provbench's statistical audit (issue 19), made with COINr itself.
#
# Builds COINr's ASEM example exactly as the fixtures in Tests/CompositeTests/Fixtures/coinr-asem
# were built (build_example_coin()) and writes what COINr's analysis functions return to
# Tests/CompositeTests/Fixtures/coinr-asem-audit/. Not needed by the tests (the CSVs are
# committed); R and COINr are installed only to regenerate them:
#
#   apt-get install r-base-core r-cran-openxlsx r-cran-rlang r-cran-ggplot2 r-cran-readxl
#   R CMD INSTALL <COINr source>          # COINr 1.1.14
#   Rscript Benchmarks/coinr-audit-reference.R [output directory]
#
# Numbers are written with 17 significant digits (R's write.csv keeps only 15), so the Swift
# tests can compare to 1e-9 and tighter. COINr's rounding arguments (nsignif, roundto, nround)
# are switched off for the same reason.
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

# The inputs again, at 17 digits: ../coinr-asem/idata.csv has R's 15, which turns values such as
# TolMin's 3.4000000000000004 into 3.4, a tie with 3.3999999999999999 that R does not see, and
# so changes Spearman's ranks.
put(COINr::ASEM_iData, "idata.csv")
put(COINr::ASEM_iMeta, "imeta.csv")
lineage <- coin$Meta$Lineage
iMeta <- coin$Meta$Ind
aggregates <- iMeta[!is.na(iMeta$Level) & iMeta$Level > 1, ]

# get_stats(): every statistic per indicator of the raw data (with its missing values).
put(get_stats(coin, dset = "Raw", nsignif = NULL), "stats_raw.csv")

for (method in c("pearson", "spearman")) {
  # get_corr() with pval = 0 is stats::cor(use = "pairwise.complete.obs"): every submatrix of
  # these two matrices is a get_corr() result (any Levels, any iCodes).
  agg <- get_data(coin, dset = "Aggregated", Level = NULL, also_get = "none")
  agg <- coin$Data$Aggregated[setdiff(names(coin$Data$Aggregated), "uCode")]
  m <- stats::cor(agg, use = "pairwise.complete.obs", method = method)
  put(cbind(Code = rownames(m), as.data.frame(m)), paste0("corr_", method, "_aggregated.csv"))
  raw <- coin$Data$Raw[iMeta$iCode[iMeta$Type == "Indicator"]]
  m <- stats::cor(raw, use = "pairwise.complete.obs", method = method)
  put(cbind(Code = rownames(m), as.data.frame(m)), paste0("corr_", method, "_raw.csv"))

  # get_corr(withparent = TRUE): each item with its parent, level by level.
  parent <- do.call(rbind, lapply(1:3, function(level) {
    cr <- get_corr(coin, dset = "Aggregated", Levels = c(level, level + 1), withparent = TRUE,
                   pval = 0, cortype = method)
    cbind(Level = level, cr)
  }))
  put(parent, paste0("corr_parent_", method, ".csv"))

  # get_corr() default: correlations with p > 0.05 (stats::cor.test) are NA.
  put(get_corr(coin, dset = "Aggregated", Levels = 1, cortype = method),
      paste0("corr_level1_pval005_", method, ".csv"))

  # get_denom_corr(): every indicator-denominator pair (threshold below any |r|).
  put(get_denom_corr(coin, dset = "Raw", cor_thresh = -1, nround = NULL, cortype = method),
      paste0("denom_corr_", method, ".csv"))
}

# get_corr_flags(): collinear (> 0.9) and negative (< 0) pairs within groups of level 2 and 3.
flags <- do.call(rbind, lapply(2:3, function(grouplev) {
  high <- get_corr_flags(coin, dset = "Normalised", cor_thresh = 0.9, thresh_type = "high",
                         grouplev = grouplev, roundto = NULL)
  low <- get_corr_flags(coin, dset = "Normalised", cor_thresh = 0, thresh_type = "low",
                        grouplev = grouplev, roundto = NULL)
  rbind(if (nrow(high) > 0) cbind(GroupLevel = grouplev, Type = "collinear", high),
        if (nrow(low) > 0) cbind(GroupLevel = grouplev, Type = "negative", low))
}))
put(flags, "corr_flags.csv")

# get_cronbach(): per aggregate, over its children and over its level-1 indicators.
cronbach <- do.call(rbind, lapply(seq_len(nrow(aggregates)), function(row) {
  code <- aggregates$iCode[row]
  level <- aggregates$Level[row]
  data.frame(
    Group = code, Level = level,
    AlphaChildren = get_cronbach(coin, dset = "Aggregated", iCodes = code, Level = level - 1),
    AlphaIndicators = get_cronbach(coin, dset = "Aggregated", iCodes = code, Level = 1))
}))
put(cronbach, "cronbach.csv")

# get_PCA(): per group at levels 1-3 (stats::prcomp, centred and scaled).
variance <- list()
loadings <- list()
weights <- list()
for (level in 1:3) {
  pca <- get_PCA(coin, dset = "Aggregated", Level = level, by_groups = TRUE, nowarnings = TRUE)
  for (group in names(pca$PCAresults)) {
    res <- pca$PCAresults[[group]]$PCAres
    v <- res$sdev^2
    variance[[length(variance) + 1]] <- data.frame(
      Level = level, Group = group, Component = seq_along(v), SD = res$sdev,
      Proportion = v / sum(v), Cumulative = cumsum(v) / sum(v))
    rot <- res$rotation
    loadings[[length(loadings) + 1]] <- data.frame(
      Level = level, Group = group, iCode = rep(rownames(rot), times = ncol(rot)),
      Component = rep(seq_len(ncol(rot)), each = nrow(rot)), Loading = as.vector(rot))
  }
  w <- pca$Weights
  weights[[length(weights) + 1]] <- cbind(w[w$Level == level, c("iCode", "Level", "Weight")])
}
put(do.call(rbind, variance), "pca_variance.csv")
put(do.call(rbind, loadings), "pca_loadings.csv")
put(do.call(rbind, weights), "pca_weights.csv")

# get_opt_weights(itarg = "equal"): stats::optim (Nelder-Mead, reltol 0.1, maxit 500).
opt <- list()
runs <- list()
for (level in 2:3) {
  o <- suppressMessages(get_opt_weights(coin, itarg = "equal", dset = "Aggregated",
                                        Level = level))
  codes <- o$WeightsOpt$iCode[o$WeightsOpt$Level == level]
  opt[[length(opt) + 1]] <- cbind(Level = level, iCode = codes, o$CorrResultsNorm)
  runs[[length(runs) + 1]] <- data.frame(
    Level = level, Value = o$OptResults$value, FunctionCount = o$OptResults$counts[[1]],
    Convergence = o$OptResults$convergence,
    ParRaw = paste(sprintf("%.17g", o$OptResults$par), collapse = ";"))
}
put(do.call(rbind, opt), "opt_weights.csv")
put(do.call(rbind, runs), "opt_weights_runs.csv")

writeLines(c(R.version.string, paste("COINr", as.character(utils::packageVersion("COINr")))),
           file.path(out, "versions.txt"))
