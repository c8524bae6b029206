#!/usr/bin/env python3
"""Re-key the public facts in shared/data/ into resources/dataset/register/.

Python 3, standard library only.  Reads:
  * the shared facts folder (default ../shared/data relative to the repository root),
  * Debian's Unihan database (/usr/share/unicode/Unihan_*.txt[.bz2] or Unihan.zip),
  * Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-2.json and the
    iso_3166-2.mo translations in /usr/share/locale),
  * tools/dataset/cldr-country-names.tsv (written by icu_country_names.cpp from ICU/CLDR),
  * tools/dataset/exonyms.tsv (standard exonyms supplied by the project maintainers).
Writes sources.tsv countries.tsv divisions.tsv cities.tsv pairings.tsv pairing_sources.tsv
(see resources/dataset/FORMAT.md) and, for docs/DATA.md, a plain-text log of decisions
(tools/dataset/rekey_log.txt).  Deterministic: a re-run gives byte-identical files.
"""

from rekey.build import main

if __name__ == '__main__':
    main()
