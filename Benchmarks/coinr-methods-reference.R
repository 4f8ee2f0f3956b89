# Reference numbers for the normalisations and aggregations added for issue 19, made with COINr.
#
# Builds COINr's ASEM example (build_example_coin()) and rebuilds it with each COINr function
# the engine added: n_scaled, n_fracmax, n_borda, n_dist2max and boxcox as normalisations,
# boxcox as the second treatment function (Treat's f2), a_genmean and a_copeland as
# aggregations. Writes the resulting data sets to Tests/CompositeTests/Fixtures/coinr-asem-methods/
# at 17 significant digits, plus the functions applied to small vectors with ties, missing
# values and constant columns (vectors.csv). Not needed by the tests (the CSVs are committed);
# R and COINr are installed only to regenerate them, as for coinr-audit-reference.R:
#
#   Rscript Benchmarks/coinr-methods-reference.R [output directory]
suppressPackageStartupMessages(library(COINr))

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[[1]] else "Tests/CompositeTests/Fixtures/coinr-asem-methods"
dir.create(out, showWarnings = FALSE, recursive = TRUE)

digits <- function(column) ifelse(is.na(column), "NA", sprintf("%.17g", column))
put <- function(df, name) {
  df <- as.data.frame(df)
  for (column in names(df)) if (is.double(df[[column]])) df[[column]] <- digits(df[[column]])
  utils::write.csv(df, file.path(out, name), row.names = FALSE, quote = TRUE, na = "NA")
}

coin <- build_example_coin(quietly = TRUE)
# every data set below has the units in COINr's order (sorted uCode), like ../coinr-asem/

# Normalisations, each followed by COINr's arithmetic mean as in build_example_coin().
normalise <- function(specs) {
  c2 <- Normalise(coin, dset = "Treated", global_specs = specs)
  c2 <- Aggregate(c2, dset = "Normalised", f_ag = "a_amean")
  c2$Data$Aggregated
}
# n_scaled with its parameters from iMeta, where COINr flips them for negative indicators
# (get_iMeta_norm_paras), as the engine does with the spec's lower and upper.
scaled_coin <- coin
is_ind <- scaled_coin$Meta$Ind$Type == "Indicator"
scaled_coin$Meta$Ind$scaled_lower <- ifelse(is_ind, -2, NA)
scaled_coin$Meta$Ind$scaled_upper <- ifelse(is_ind, 30, NA)
scaled_coin$Meta$Ind$scale_factor <- ifelse(is_ind, 10, NA)
c2 <- Normalise(scaled_coin, dset = "Treated",
                global_specs = list(f_n = "n_scaled", f_n_para = "use_iMeta"))
put(Aggregate(c2, dset = "Normalised", f_ag = "a_amean")$Data$Aggregated,
    "normalise_scaled.csv")
put(normalise(list(f_n = "n_fracmax")), "normalise_fracmax.csv")
put(normalise(list(f_n = "n_borda")), "normalise_borda.csv")
put(normalise(list(f_n = "n_dist2max")), "normalise_dist2max.csv")
put(normalise(list(f_n = "boxcox", f_n_para = list(lambda = 0.5))), "normalise_boxcox_0.5.csv")
put(normalise(list(f_n = "boxcox", f_n_para = list(lambda = 0))), "normalise_boxcox_0.csv")

# Box-Cox as the treatment's second function: winsorise at most 1 point, and an indicator
# that still fails gets boxcox(lambda = 0.5) of its original values.
c2 <- Treat(coin, dset = "Screened",
            global_specs = list(f1 = "winsorise", f1_para = list(winmax = 1),
                                f2 = "boxcox", f2_para = list(lambda = 0.5),
                                f_pass = "check_SkewKurt"))
put(c2$Data$Treated, "treated_boxcox_0.5.csv")
dets <- c2$Analysis$Treated$Dets_Table
put(dets, "treated_boxcox_0.5_details.csv")

# Aggregations of the example's normalised data (min-max 0-100); a_genmean with p < 0 needs
# positive values, so p = -1 aggregates min-max 1-100 instead.
aggregate <- function(c1, ...) Aggregate(c1, dset = "Normalised", ...)$Data$Aggregated
put(aggregate(coin, f_ag = "a_genmean", f_ag_para = list(p = 2)), "aggregate_genmean_2.csv")
put(aggregate(coin, f_ag = "a_genmean", f_ag_para = list(p = 0.5)), "aggregate_genmean_0.5.csv")
positive <- Normalise(coin, dset = "Treated",
                      global_specs = list(f_n = "n_minmax", f_n_para = list(c(1, 100))))
put(aggregate(positive, f_ag = "a_genmean", f_ag_para = list(p = -1)), "aggregate_genmean_-1.csv")
# Aggregate(f_ag = "a_copeland", by_df = TRUE) stops in COINr 1.1.14: it calls
# a_copeland(x = ..., w = ...) but the argument is X ("unused argument (x = ...)"). So
# a_copeland() is applied here to each group, level by level, with the weights and data that
# Aggregate.coin() would pass (its aggregate_level()).
copeland <- coin$Data$Normalised
imeta <- coin$Meta$Ind[!is.na(coin$Meta$Ind$Level), ]
for (lev in 2:max(imeta$Level)) {
  below <- imeta[imeta$Level == lev - 1, ]
  for (parent in sort(unique(below$Parent))) {
    codes <- below$iCode[below$Parent == parent]
    wts <- coin$Meta$Ind$Weight[match(codes, coin$Meta$Ind$iCode)]
    copeland[[parent]] <- a_copeland(copeland[codes], w = wts)
  }
}
put(copeland, "aggregate_copeland.csv")

# The functions on small vectors: ties, a missing value, a constant column (method names
# without commas: the tests split lines on them).
vectors <- list(
  ties = c(3, 1, NA, 3, 2, 5),
  negative = c(-4, -1, -2.5, -1, NA),
  constant = c(2, 2, 2, 2))
rows <- list()
add <- function(method, case, values) {
  rows[[length(rows) + 1]] <<- data.frame(
    method = method, case = case, index = seq_along(values), value = as.numeric(values))
}
for (case in names(vectors)) {
  x <- vectors[[case]]
  add("n_scaled npara 1:6 scale_factor 100", case,
      n_scaled(x, npara = c(1, 6), scale_factor = 100))
  add("n_fracmax", case, suppressWarnings(n_fracmax(x)))
  add("n_borda", case, n_borda(x))
  add("n_dist2max", case, suppressWarnings(n_dist2max(x)))
  add("boxcox lambda 0.5 na.rm TRUE", case, boxcox(x, lambda = 0.5, na.rm = TRUE))
  add("boxcox lambda 0 na.rm TRUE", case, boxcox(x, lambda = 0, na.rm = TRUE))
  add("boxcox lambda 0.5", case, boxcox(x, lambda = 0.5))
}
put(do.call(rbind, rows), "vectors.csv")

# a_copeland on a small table with ties (half a weight each) and unequal weights.
X <- data.frame(a = c(1, 2, 2, 0), b = c(3, 3, 1, 3), c = c(5, 4, 4, 6))
put(data.frame(unit = 1:4, equal = a_copeland(X, w = c(1, 1, 1)),
               weighted = a_copeland(X, w = c(2, 1, 1))), "copeland_small.csv")

# Goalposts, distance to a target and distance to a reference unit (a second round for issue
# 19; files named normalise_goalposts*, normalise_dist2*, vectors_more.csv).
#
# Goalposts are set per indicator through iMeta (f_n_para = "use_iMeta"), because that is the
# only route where COINr flips them for a negative indicator (get_iMeta_norm_paras), as the
# engine does; one global gposts would be applied unflipped to the direction-multiplied
# values and make no sense for a "lower is better" indicator. Each indicator's posts are the
# 10th and 90th percentiles of its treated values, in its own units (so every indicator has
# units beyond both posts and truncation is exercised), scale 100; the posts are written to
# goalposts.csv for the tests to use the very same numbers.
treated <- coin$Data$Treated
gp_coin <- coin
is_ind <- gp_coin$Meta$Ind$Type == "Indicator"
codes <- gp_coin$Meta$Ind$iCode[is_ind]
posts <- data.frame(
  iCode = codes,
  lower = sapply(codes, function(code) unname(stats::quantile(treated[[code]], 0.1, na.rm = TRUE))),
  upper = sapply(codes, function(code) unname(stats::quantile(treated[[code]], 0.9, na.rm = TRUE))))
put(posts, "goalposts.csv")
for (trunc in c(TRUE, FALSE)) {
  gp_coin$Meta$Ind$goalpost_lower <- posts$lower[match(gp_coin$Meta$Ind$iCode, posts$iCode)]
  gp_coin$Meta$Ind$goalpost_upper <- posts$upper[match(gp_coin$Meta$Ind$iCode, posts$iCode)]
  gp_coin$Meta$Ind$goalpost_scale <- ifelse(is_ind, 100, NA)
  gp_coin$Meta$Ind$goalpost_trunc2posts <- ifelse(is_ind, trunc, NA)
  c2 <- Normalise(gp_coin, dset = "Treated",
                  global_specs = list(f_n = "n_goalposts", f_n_para = "use_iMeta"))
  put(Aggregate(c2, dset = "Normalised", f_ag = "a_amean")$Data$Aggregated,
      if (trunc) "normalise_goalposts.csv" else "normalise_goalposts_untruncated.csv")
}
# n_dist2targ with the targets of the example's iMeta (its Target column), which COINr
# multiplies by Direction (get_iMeta_norm_paras); cap_max from a dist2targ_cap_max column.
for (cap in c(FALSE, TRUE)) {
  t_coin <- coin
  t_coin$Meta$Ind$dist2targ_cap_max <- ifelse(t_coin$Meta$Ind$Type == "Indicator", cap, NA)
  c2 <- suppressWarnings(Normalise(t_coin, dset = "Treated",
                  global_specs = list(f_n = "n_dist2targ", f_n_para = "use_iMeta")))
  put(Aggregate(c2, dset = "Normalised", f_ag = "a_amean")$Data$Aggregated,
      if (cap) "normalise_dist2targ_cap.csv" else "normalise_dist2targ.csv")
}
# n_dist2ref takes iref, the row of the reference unit; the treated rows are in uCode order,
# and the reference is Germany (DEU).
iref <- match("DEU", treated$uCode)
for (cap in c(FALSE, TRUE)) {
  c2 <- suppressWarnings(normalise(list(f_n = "n_dist2ref",
                                        f_n_para = list(iref = iref, cap_max = cap))))
  put(c2, if (cap) "normalise_dist2ref_DEU_cap.csv" else "normalise_dist2ref_DEU.csv")
}

# The same and the older functions on the small vectors (vectors_more.csv; vectors.csv is
# left as it was).
rows <- list()
for (case in names(vectors)) {
  x <- vectors[[case]]
  add("n_goalposts 1 4 100", case, n_goalposts(x, gposts = c(1, 4, 100)))
  add("n_goalposts 1 4 100 trunc2posts FALSE", case,
      n_goalposts(x, gposts = c(1, 4, 100), trunc2posts = FALSE))
  add("n_dist2targ 4", case, suppressWarnings(n_dist2targ(x, targ = 4)))
  add("n_dist2targ 4 cap_max TRUE", case, suppressWarnings(n_dist2targ(x, targ = 4, cap_max = TRUE)))
  add("n_dist2ref 4", case, suppressWarnings(n_dist2ref(x, iref = 4)))
  add("n_dist2ref 4 cap_max TRUE", case, suppressWarnings(n_dist2ref(x, iref = 4, cap_max = TRUE)))
  add("n_minmax 0 100", case, suppressWarnings(n_minmax(x, l_u = c(0, 100))))
  add("n_zscore 0 1", case, n_zscore(x, m_sd = c(0, 1)))
  add("n_prank", case, n_prank(x))
  add("n_rank", case, n_rank(x))
}
put(do.call(rbind, rows), "vectors_more.csv")

writeLines(c(R.version.string, paste("COINr", as.character(utils::packageVersion("COINr")))),
           file.path(out, "versions.txt"))
