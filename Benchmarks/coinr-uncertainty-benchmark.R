# COINr's uncertainty analysis of ASEM as its sensitivity vignette specifies it (the spec of
# datasets/composite/asem.json's "uncertainty" section), timed inside R, for
# `provbench uncertainty --spec datasets/composite/asem.json --runs N` to be set against.
#
#   Rscript Benchmarks/coinr-uncertainty-benchmark.R [N] [repeats]
#
# Prints, per repeat, the wall-clock and CPU seconds (user + system) that the noisy weights and
# get_sensitivity(SA_type = "UA") took (R's proc.time, after the package and the example coin
# are loaded: COINr's own time, not R's start-up). Needs R and COINr (see
# coinr-audit-reference.R); writes nothing.
suppressPackageStartupMessages(library(COINr))
args <- commandArgs(trailingOnly = TRUE)
N <- if (length(args) > 0) as.integer(args[[1]]) else 100L
repeats <- if (length(args) > 1) as.integer(args[[2]]) else 1L

coin <- build_example_coin(quietly = TRUE)
l_winmax <- list(Address = "$Log$Treat$global_specs$f1_para$winmax", Distribution = 1:5,
                 Type = "discrete")
norm_alts <- list(list(f_n = "n_minmax", f_n_para = list(c(1, 100))),
                  list(f_n = "n_zscore", f_n_para = list(c(10, 2))))
l_norm <- list(Address = "$Log$Normalise$global_specs", Distribution = norm_alts,
               Type = "discrete")
noise_specs <- data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25))
l_agg <- list(Address = "$Log$Aggregate$f_ag", Distribution = c("a_amean", "a_gmean"),
              Type = "discrete")

for (r in seq_len(repeats)) {
  set.seed(r)
  t0 <- proc.time()
  # the noisy weights are part of COINr's analysis, as they are of provbench's runs
  noisy_wts <- get_noisy_weights(w = coin$Meta$Weights$Original, noise_specs = noise_specs,
                                 Nrep = 100)
  l_weights <- list(Address = "$Log$Aggregate$w", Distribution = noisy_wts, Type = "discrete")
  SA_specs <- list(Winmax = l_winmax, Normalisation = l_norm, Weights = l_weights,
                   Aggregation = l_agg)
  UA <- get_sensitivity(coin, SA_specs = SA_specs, N = N, SA_type = "UA", dset = "Aggregated",
                        iCode = "Index", quietly = TRUE)
  t <- proc.time() - t0
  cat(sprintf("COINr get_sensitivity UA N = %d: wall %.3f s, cpu %.3f s\n", N, t[["elapsed"]],
              t[["user.self"]] + t[["sys.self"]]))
}
