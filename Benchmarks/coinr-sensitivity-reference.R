# COINr's variance-based sensitivity analysis of ASEM (issue 19), as its sensitivity vignette
# specifies it, for provbench's `sensitivity` to be checked against and timed with.
#
#   Rscript Benchmarks/coinr-sensitivity-reference.R N NBOOT [output directory]
#
# Writes sensitivity_N<N>.csv (COINr's Si, STi and their bootstrap 5% and 95% quantiles) and
# prints the time get_sensitivity() took. Needs R and COINr (see coinr-audit-reference.R).
suppressPackageStartupMessages(library(COINr))
args <- commandArgs(trailingOnly = TRUE)
N <- if (length(args) > 0) as.integer(args[[1]]) else 100L
Nboot <- if (length(args) > 1) as.integer(args[[2]]) else 1000L
out <- if (length(args) > 2) args[[3]] else "Tests/CompositeTests/Fixtures/coinr-asem-audit"
set.seed(1)

coin <- build_example_coin(quietly = TRUE)
l_winmax <- list(Address = "$Log$Treat$global_specs$f1_para$winmax", Distribution = 1:5,
                 Type = "discrete")
norm_alts <- list(list(f_n = "n_minmax", f_n_para = list(c(1, 100))),
                  list(f_n = "n_zscore", f_n_para = list(c(10, 2))))
l_norm <- list(Address = "$Log$Normalise$global_specs", Distribution = norm_alts,
               Type = "discrete")
noise_specs <- data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25))
noisy_wts <- get_noisy_weights(w = coin$Meta$Weights$Original, noise_specs = noise_specs,
                               Nrep = 100)
l_weights <- list(Address = "$Log$Aggregate$w", Distribution = noisy_wts, Type = "discrete")
l_agg <- list(Address = "$Log$Aggregate$f_ag", Distribution = c("a_amean", "a_gmean"),
              Type = "discrete")
SA_specs <- list(Winmax = l_winmax, Normalisation = l_norm, Weights = l_weights,
                 Aggregation = l_agg)

t0 <- proc.time()
SA_res <- get_sensitivity(coin, SA_specs = SA_specs, N = N, SA_type = "SA",
                          dset = "Aggregated", iCode = "Index", Nboot = Nboot, quietly = TRUE)
elapsed <- (proc.time() - t0)[["elapsed"]]
s <- SA_res$Sensitivity
for (name in names(s)) if (is.double(s[[name]])) s[[name]] <- sprintf("%.17g", s[[name]])
utils::write.csv(s, file.path(out, sprintf("sensitivity_N%d.csv", N)), row.names = FALSE)
cat(sprintf("get_sensitivity SA N = %d, Nboot = %d: %.2f s (%d regenerations)\n", N, Nboot,
            elapsed, N * (length(SA_specs) + 2)))
