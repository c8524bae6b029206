#!/usr/bin/env python3
"""The peer of `sistercities-cli figures export`: the same 17 figures drawn with pandas and
matplotlib, for scripts/bench.sh to time side by side with the application.

Figures 1-8 are aggregated here from the register as `sistercities-cli export` writes it (CSV)
and the divisions' regions (resources/dataset/register/divisions.tsv); figures 9-17, the
survey's, from the tallies `figures data --id figN --format csv` prints, since `export` holds
pairings only. Each figure is written as a 1200 x 800 PNG, as `figures export --width 1200
--height 800 --dpi 100` writes it.

usage: figures-peer.py PAIRINGS.csv DIVISIONS.tsv SURVEY_DIR OUT_DIR
"""
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

# (number, title, home, partner, measure, first year, last year): the report's figures 1-8.
REGISTER = [
    (1, "China's pairs by partner country", "CN", None, "partner", None, None),
    (2, "China's pairs by year, cumulative", "CN", None, "cumulative", None, None),
    (3, "New China-Japan pairs per year", "CN", "JP", "year", 1973, 2017),
    (4, "New China-Korea pairs per year", "CN", "KR", "year", 1992, 2017),
    (5, "China's pairs by province", "CN", None, "division", None, None),
    (6, "China-Japan pairs by Chinese province", "CN", "JP", "division", None, None),
    (7, "China-Japan pairs by region", "CN", "JP", "region", None, None),
    (8, "China-Korea pairs by Chinese province", "CN", "KR", "division", None, None),
]
SURVEY_PIES = {9, 10, 11, 13, 16, 17}


def figure():
    return plt.subplots(figsize=(12, 8), dpi=100)


def register_figures(pairs, divisions, out):
    pairs["year"] = pd.to_numeric(pairs["established"].str[:4], errors="coerce")
    region = divisions.set_index("code")["region"]
    for number, title, home, partner, measure, first, last in REGISTER:
        a_home = pairs["a_country"] == home
        b_home = pairs["b_country"] == home
        chosen = pairs[a_home | b_home]
        if partner:
            chosen = chosen[((chosen["a_country"] == home) & (chosen["b_country"] == partner))
                            | ((chosen["b_country"] == home) & (chosen["a_country"] == partner))]
        if first is not None:
            chosen = chosen[(chosen["year"] >= first) & (chosen["year"] <= last)]
        home_is_a = chosen["a_country"] == home
        fig, ax = figure()
        if measure == "partner":
            other = chosen["b_country"].where(home_is_a, chosen["a_country"])
            counts = other.value_counts()
            top = counts.head(12)
            top["other"] = counts.iloc[12:].sum()
            ax.pie(top.values, labels=top.index, autopct="%1.1f%%")
        elif measure in ("year", "cumulative"):
            dated = chosen.dropna(subset=["year"])
            per_year = dated.groupby("year").size()
            span = range(int(first or per_year.index.min()), int(last or per_year.index.max()) + 1)
            per_year = per_year.reindex(span, fill_value=0)
            if measure == "cumulative":
                ax.plot(per_year.index, per_year.cumsum().values)
            else:
                ax.bar(per_year.index, per_year.values)
            ax.set_xlabel("Year")
            ax.set_ylabel("Pairs")
        else:
            division = chosen["a_division"].where(home_is_a, chosen["b_division"])
            if measure == "region":
                counts = division.map(region).value_counts().reindex(
                    ["east", "central", "west"], fill_value=0)
                ax.pie(counts.values, labels=counts.index, autopct="%1.1f%%")
            else:
                codes = divisions[divisions["country"] == home]["code"]
                counts = division.value_counts().reindex(codes, fill_value=0)
                counts = counts.sort_values(ascending=False)
                ax.bar(counts.index, counts.values)
                ax.tick_params(axis="x", labelrotation=90)
                ax.set_ylabel("Pairs")
        ax.set_title(f"Figure {number}: {title} (n = {len(chosen)})")
        fig.savefig(out / f"fig{number:02d}-en.png")
        plt.close(fig)


def survey_figures(survey_dir, out):
    for number in range(9, 18):
        data = pd.read_csv(survey_dir / f"fig{number}.csv")
        data.columns = ["series", "category", "value"][: len(data.columns)]
        fig, ax = figure()
        if number in SURVEY_PIES and data["series"].isna().all():
            ax.pie(data["value"].fillna(0), labels=data["category"], autopct="%1.1f%%")
        else:
            table = data.pivot_table(index="category", columns=data["series"].fillna(""),
                                     values="value", aggfunc="sum", sort=False)
            table.plot.bar(ax=ax)
            ax.set_ylabel("Respondents")
        ax.set_title(f"Figure {number}")
        fig.savefig(out / f"fig{number:02d}-en.png")
        plt.close(fig)


def main():
    pairs_csv, divisions_tsv, survey_dir, out = sys.argv[1:5]
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pairs = pd.read_csv(pairs_csv, dtype=str, keep_default_na=False, na_values=[""])
    divisions = pd.read_csv(divisions_tsv, sep="\t", dtype=str)
    register_figures(pairs, divisions, out)
    survey_figures(Path(survey_dir), out)


if __name__ == "__main__":
    main()
