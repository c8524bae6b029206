// The committed translations against what the sources ask for today: lupdate is run over the
// project's sources into a temporary file, so a string added since the .ts files were last
// updated fails here even when nobody ran update_translations.
#include "i18n/TsFile.h"
#include "support/TempDir.h"

#include <QHash>
#include <QProcess>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

const char* const kLanguages[] = {"zh_CN", "ja", "ko"};

QString committedPath(const char* language)
{
    return QStringLiteral(SISTERCITIES_SOURCE_DIR "/translations/sistercities_%1.ts")
        .arg(QLatin1String(language));
}

// What lupdate finds in core/, ui/ and app/ now, read once for all the tests.
const tsfile::TsFile& freshScan()
{
    static const tsfile::TsFile scan = [] {
        TempDir dir;
        const QString out = dir.file(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QString source = QStringLiteral(SISTERCITIES_SOURCE_DIR);
        lupdate.start(QStringLiteral(SISTERCITIES_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), source + QStringLiteral("/core"),
                       source + QStringLiteral("/ui"), source + QStringLiteral("/app"),
                       QStringLiteral("-ts"), out});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            tsfile::TsFile failed;
            failed.error = QStringLiteral("lupdate failed: ") +
                           QString::fromLocal8Bit(lupdate.readAll()) + lupdate.errorString();
            return failed;
        }
        return tsfile::read(out);
    }();
    return scan;
}

class TranslationFile : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(freshScan().error.isEmpty()) << freshScan().error.toStdString();
        // The project has hundreds of strings: a scan that finds a handful has read nothing.
        ASSERT_GT(freshScan().messages.size(), 400);
        m_file = tsfile::read(committedPath(GetParam()));
        ASSERT_TRUE(m_file.error.isEmpty()) << m_file.error.toStdString();
        for (const tsfile::TsMessage& message : std::as_const(m_file.messages))
            m_byKey.insert(message.key(), message);
    }

    tsfile::TsFile m_file;
    QHash<QString, tsfile::TsMessage> m_byKey;
};

} // namespace

TEST_P(TranslationFile, IsForItsLanguage)
{
    EXPECT_EQ(m_file.language, QLatin1String(GetParam()));
}

TEST_P(TranslationFile, TranslatesEverySourceTextLupdateFindsNow)
{
    QStringList missing;
    QStringList unfinished;
    for (const tsfile::TsMessage& found : freshScan().messages) {
        const auto it = m_byKey.constFind(found.key());
        if (it == m_byKey.constEnd()) {
            missing << found.where();
            continue;
        }
        const bool empty = it->translations.isEmpty() ||
                           std::any_of(it->translations.cbegin(), it->translations.cend(),
                                       [](const QString& text) { return text.isEmpty(); });
        // Obsolete or vanished here but used in the sources: lrelease would leave it out.
        if (!it->type.isEmpty() || empty || it->numerus != found.numerus)
            unfinished << QStringLiteral("[%1] ").arg(it->type.isEmpty() ? QStringLiteral("empty")
                                                                         : it->type) +
                              found.where();
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " source texts are not in " << GetParam()
                                   << " (run update_translations):\n"
                                   << missing.join('\n').toStdString();
    EXPECT_TRUE(unfinished.isEmpty()) << unfinished.size() << " used entries of " << GetParam()
                                      << " have no finished translation:\n"
                                      << unfinished.join('\n').toStdString();
}

TEST_P(TranslationFile, HasNoUnfinishedOrEmptyEntry)
{
    QStringList bad;
    for (const tsfile::TsMessage& message : std::as_const(m_file.messages)) {
        if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished"))
            continue; // judged above, when the sources still use them
        if (message.type == QLatin1String("unfinished") || message.translations.isEmpty() ||
            message.translations.contains(QString()))
            bad << message.where();
    }
    EXPECT_TRUE(bad.isEmpty()) << bad.join('\n').toStdString();
}

TEST_P(TranslationFile, KeepsThePlaceholdersOfTheSource)
{
    QStringList bad;
    for (const tsfile::TsMessage& message : std::as_const(m_file.messages)) {
        const QStringList expected = tsfile::placeholders(message.source);
        for (const QString& text : message.translations)
            if (!text.isEmpty() && tsfile::placeholders(text) != expected)
                bad << message.where() + QStringLiteral("  →  ") + text.left(70);
    }
    EXPECT_TRUE(bad.isEmpty()) << bad.join('\n').toStdString();
}

TEST_P(TranslationFile, KeepsAcceleratorsOfMenusAndLabels)
{
    // "&File" becomes "文件(&F)": a translation that drops the & leaves a menu without its key.
    QStringList bad;
    for (const tsfile::TsMessage& message : std::as_const(m_file.messages)) {
        const bool sourceHasOne =
            message.source.contains(QRegularExpression(QStringLiteral("&\\w")));
        for (const QString& text : message.translations)
            if (sourceHasOne && !text.contains(QRegularExpression(QStringLiteral("&\\w"))))
                bad << message.where() + QStringLiteral("  →  ") + text;
    }
    EXPECT_TRUE(bad.isEmpty()) << bad.join('\n').toStdString();
}

TEST_P(TranslationFile, IsEmbeddedAndTranslatesWhatItHolds)
{
    // The .qm that lrelease made from this file, as the application loads it.
    QTranslator translator;
    ASSERT_TRUE(
        translator.load(QStringLiteral(":/i18n/sistercities_") + QLatin1String(GetParam())));
    int checked = 0;
    for (const tsfile::TsMessage& message : std::as_const(m_file.messages)) {
        if (!message.type.isEmpty() || message.numerus)
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        EXPECT_EQ(translator.translate(context.constData(), source.constData(),
                                       comment.isEmpty() ? nullptr : comment.constData()),
                  message.translations.value(0))
            << message.where().toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 400);
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationFile, ::testing::ValuesIn(kLanguages),
                         [](const auto& info) {
                             return std::string(info.param) == "zh_CN" ? std::string("zh")
                                                                       : std::string(info.param);
                         });
