// Prints CLDR country names (via ICU) for every ISO 3166-1 alpha-2 code ICU knows:
//   code<TAB>zh<TAB>ja<TAB>ko<TAB>en
// Build: g++ -O2 -o icu_country_names icu_country_names.cpp $(pkg-config --cflags --libs icu-uc
// icu-i18n) Used by rekey_register.py through the generated file cldr-country-names.tsv.
#include <iostream>
#include <string>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/uversion.h>

int main()
{
    const icu::Locale langs[] = {icu::Locale("zh"), icu::Locale("ja"), icu::Locale("ko"),
                                 icu::Locale("en")};
    std::cout << "# ICU " << U_ICU_VERSION << " CLDR country display names\n";
    std::cout << "code\tname_zh\tname_ja\tname_ko\tname_en\n";
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
        std::string line = *c;
        for (const auto& lang : langs) {
            icu::UnicodeString s;
            icu::Locale("", *c).getDisplayCountry(lang, s);
            std::string u;
            s.toUTF8String(u);
            line += "\t" + u;
        }
        std::cout << line << "\n";
    }
    return 0;
}
