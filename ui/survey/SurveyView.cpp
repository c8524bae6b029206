#include "SurveyView.h"

#include "ChartBuilder.h"
#include "Error.h"
#include "SurveyQuestionnaire.h"
#include "figures/FigureCatalog.h"
#include "i18n/Translations.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace sc {

namespace {

const QString kFigureScheme = QStringLiteral("figure");

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

SurveyView::SurveyView(Database& database, QWidget* parent) : QWidget(parent), m_database(&database)
{
    m_surveyLabel = new QLabel(this);
    m_surveys = new QComboBox(this);
    m_surveys->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("browser"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &SurveyView::openLink);
    connect(m_surveys, &QComboBox::currentIndexChanged, this, &SurveyView::render);

    auto* top = new QHBoxLayout;
    top->addWidget(m_surveyLabel);
    top->addWidget(m_surveys);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_browser, 1);
    reload();
}

void SurveyView::setDatabase(Database& database)
{
    m_database = &database;
    reload();
}

void SurveyView::setLanguage(Language language)
{
    m_language = language;
    reload();
}

QString SurveyView::currentSurvey() const
{
    return m_surveys->currentData().toString();
}

void SurveyView::reload()
{
    const QString current = currentSurvey();
    {
        const QSignalBlocker blocker(m_surveys);
        m_surveys->clear();
        try {
            for (const auto& [key, title] : SurveyQuestionnaire::surveys(*m_database, m_language))
                m_surveys->addItem(title, key);
        } catch (const Error&) {
            // A database from before the survey tables: render() says there is no survey.
        }
        const int index = m_surveys->findData(current);
        m_surveys->setCurrentIndex(index >= 0 ? index : 0);
    }
    // One survey needs no choice.
    m_surveys->setVisible(m_surveys->count() > 1);
    m_surveyLabel->setVisible(m_surveys->count() > 1);
    render();
}

void SurveyView::render()
{
    m_surveyLabel->setText(tr("Survey:"));
    if (currentSurvey().isEmpty()) {
        m_browser->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                               .arg(escaped(tr("This database holds no survey."))));
        return;
    }
    const SurveyQuestionnaire survey =
        SurveyQuestionnaire::load(*m_database, currentSurvey(), m_language);
    const QLocale locale = Translations::locale(m_language);

    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(survey.title));
    QStringList facts;
    if (survey.year > 0)
        facts << QString::number(survey.year);
    if (!survey.sourceTitle.isEmpty())
        facts << tr("Source: %1").arg(escaped(survey.sourceTitle));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    QStringList groups;
    for (const auto& group : survey.groups)
        groups << (group.respondents
                       ? tr("%1 (n = %2)")
                             .arg(escaped(group.label), locale.toString(*group.respondents))
                       : escaped(group.label));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(escaped(tr("Respondent groups:")), groups.join(QStringLiteral("; ")));

    for (int q = 0; q < survey.questions.size(); ++q) {
        const SurveyQuestionnaire::Question& question = survey.questions.at(q);
        html +=
            QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Q%1. %2").arg(q + 1).arg(question.text)));
        QStringList about{question.multiple ? tr("several answers possible: shares may add up "
                                                 "to more than 100%")
                                            : tr("one answer")};
        QStringList links;
        for (const QString& id : question.figures)
            if (const FigureSpec* spec = FigureCatalog::find(id))
                links << QStringLiteral("<a href='%1:%2'>%3</a>")
                             .arg(kFigureScheme, id,
                                  escaped(FigureCatalog::label(spec->number, m_language)));
        if (!links.isEmpty())
            about << tr("drawn in %1").arg(links.join(QStringLiteral(", ")));
        else
            about << escaped(tr("no figure"));
        html +=
            QStringLiteral("<p style='color:#555'>%1</p>").arg(about.join(QStringLiteral(" · ")));

        QVector<int> shown;
        QStringList silent;
        for (int g = 0; g < survey.groups.size(); ++g) {
            if (question.hasGroup(g))
                shown << g;
            else
                silent << escaped(survey.groups.at(g).label);
        }
        if (!shown.isEmpty())
            html += table(survey, question, shown);
        if (shown.isEmpty())
            html += QStringLiteral("<p style='color:#888'>%1</p>")
                        .arg(escaped(tr("The source states no results for this question.")));
        else if (!silent.isEmpty())
            html += QStringLiteral("<p style='color:#888'>%1</p>")
                        .arg(tr("Not stated by the source for: %1")
                                 .arg(silent.join(QStringLiteral("; "))));
    }
    m_browser->setHtml(html);
}

QString SurveyView::table(const SurveyQuestionnaire& survey,
                          const SurveyQuestionnaire::Question& question,
                          const QVector<int>& shown) const
{
    const QLocale locale = Translations::locale(m_language);
    const QString notStated =
        QStringLiteral("<span style='color:#888'>%1</span>").arg(escaped(tr("not stated")));
    QString html;
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' "
                           "style='border-collapse:collapse; border-color:#ccc'><tr><th "
                           "align='left'>%1</th>")
                .arg(escaped(tr("Answer")));
    for (int g : std::as_const(shown)) {
        const auto& group = survey.groups.at(g);
        html += QStringLiteral("<th>%1%2</th>")
                    .arg(escaped(group.label),
                         group.respondents
                             ? QStringLiteral("<br>n = %1").arg(locale.toString(*group.respondents))
                             : QString());
    }
    html += QStringLiteral("</tr>");
    for (const auto& option : question.options) {
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(option.label));
        for (int g : std::as_const(shown)) {
            const auto& cell = option.cells.at(g);
            QString value = notStated;
            if (cell.count && cell.percent)
                value = QStringLiteral("%1 (%2)").arg(
                    locale.toString(*cell.count),
                    ChartBuilder::percentText(*cell.percent, m_language));
            else if (cell.count)
                value = locale.toString(*cell.count);
            else if (cell.percent)
                value = ChartBuilder::percentText(*cell.percent, m_language);
            html += QStringLiteral("<td align='right'>%1</td>").arg(value);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

void SurveyView::openLink(const QUrl& url)
{
    if (url.scheme() == kFigureScheme)
        emit figureRequested(url.path());
}

void SurveyView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace sc
