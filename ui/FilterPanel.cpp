#include "FilterPanel.h"

#include "PairingFilterText.h"
#include "ReferenceData.h"
#include "ValueText.h"
#include "model/Pairing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace sc {

namespace {

constexpr int kFirstYear = 1900;
// Typing pauses this long before the table follows, so a fast typist is not slowed down.
constexpr int kSearchDelayMs = 150;

void selectData(QComboBox* combo, const QString& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

FilterPanel::FilterPanel(Database& database, QWidget* parent)
    : QWidget(parent), m_database(&database)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        // The clear button changes the text without an edit: follow it at once.
        if (text.isEmpty())
            readWidgets();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &FilterPanel::readWidgets);

    m_country = new QComboBox(this);
    m_partner = new QComboBox(this);
    m_divisions = new QTreeWidget(this);
    m_divisions->setHeaderHidden(true);
    m_divisions->setRootIsDecorated(true);
    m_divisions->setMinimumHeight(120);
    m_divisions->setMaximumHeight(220);
    m_region = new QComboBox(this);
    m_from = new QSpinBox(this);
    m_to = new QSpinBox(this);
    for (QSpinBox* box : {m_from, m_to}) {
        box->setRange(kFirstYear, QDate::currentDate().year());
        box->setValue(kFirstYear);
        connect(box, &QSpinBox::valueChanged, this, [this, box] {
            // An empty range is not a filter anyone means: the other end follows.
            if (m_from->value() > kFirstYear && m_to->value() > kFirstYear &&
                m_from->value() > m_to->value())
                (box == m_from ? m_to : m_from)->setValue(box->value());
            readWidgets();
        });
    }
    m_undated = new QCheckBox(this);
    m_status = new QComboBox(this);
    m_kind = new QComboBox(this);
    m_summaryTitle = new QLabel(this);
    m_summaryTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clear = new QPushButton(this);
    connect(m_clear, &QPushButton::clicked, this, &FilterPanel::clear);

    for (QComboBox* combo : {m_country, m_partner, m_region, m_status, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterPanel::readWidgets);
    connect(m_undated, &QCheckBox::toggled, this, &FilterPanel::readWidgets);
    connect(m_divisions, &QTreeWidget::currentItemChanged, this, &FilterPanel::readWidgets);

    auto* years = new QHBoxLayout;
    years->addWidget(m_from, 1);
    years->addWidget(new QLabel(QStringLiteral("–"), this));
    years->addWidget(m_to, 1);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels above their fields: the panel is narrow, and translations are of any length.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->addRow(QStringLiteral("search"), m_search);
    m_form->addRow(QStringLiteral("country"), m_country);
    m_form->addRow(QStringLiteral("partner"), m_partner);
    m_form->addRow(QStringLiteral("division"), m_divisions);
    m_form->addRow(QStringLiteral("region"), m_region);
    m_form->addRow(QStringLiteral("years"), years);
    m_form->addRow(QString(), m_undated);
    m_form->addRow(QStringLiteral("status"), m_status);
    m_form->addRow(QStringLiteral("kind"), m_kind);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addSpacing(6);
    layout->addWidget(m_summaryTitle);
    layout->addWidget(m_summary);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    retranslateUi();
}

void FilterPanel::retranslateUi()
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_search, tr("&Search:"));
    label(m_country, tr("&Country:"));
    label(m_partner, tr("&Paired with:"));
    label(m_divisions, tr("&Division:"));
    label(m_region, tr("China's &region:"));
    if (QLayoutItem* item = m_form->itemAt(5, QFormLayout::LabelRole))
        if (auto* l = qobject_cast<QLabel*>(item->widget())) {
            l->setText(tr("&Years:"));
            l->setBuddy(m_from);
        }
    label(m_status, tr("S&tatus:"));
    label(m_kind, tr("&Kind:"));
    m_search->setPlaceholderText(tr("Any name, any language (Ctrl+F)"));
    m_search->setToolTip(
        tr("Matches a city name in Chinese, Japanese, Korean or English as you type"));
    m_from->setSpecialValueText(tr("any"));
    m_to->setSpecialValueText(tr("any"));
    m_from->setToolTip(tr("From this year"));
    m_to->setToolTip(tr("Up to this year"));
    m_undated->setText(tr("&Undated only"));
    m_summaryTitle->setText(tr("Active filters"));
    m_clear->setText(tr("C&lear all filters"));
    m_clear->setToolTip(tr("Show every pairing (Ctrl+Shift+L)"));
    populateChoices();
    populateCountries();
    populateDivisions();
    showFilter();
}

void FilterPanel::populateChoices()
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    m_region->clear();
    m_region->addItem(tr("any region"), QString());
    for (const char* region : {"east", "central", "west"})
        m_region->addItem(ValueText::region(QLatin1String(region)), QLatin1String(region));
    m_status->clear();
    m_status->addItem(tr("any status"), QString());
    for (const QString& status : Pairing::statuses())
        m_status->addItem(ValueText::status(status), status);
    m_kind->clear();
    m_kind->addItem(tr("any kind"), QString());
    for (const QString& kind : Pairing::kinds())
        m_kind->addItem(ValueText::kind(kind), kind);
}

void FilterPanel::populateCountries()
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    const QVector<Country> countries = ReferenceData(*m_database).countries();
    for (QComboBox* combo : {m_country, m_partner}) {
        combo->clear();
        combo->addItem(combo == m_country ? tr("any country") : tr("any partner"), QString());
        for (const Country& country : countries)
            combo->addItem(
                QStringLiteral("%1 (%2)").arg(country.names.display(m_language), country.code),
                country.code);
    }
}

void FilterPanel::populateDivisions()
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    m_divisions->clear();
    auto* any = new QTreeWidgetItem(m_divisions, {tr("any division")});
    any->setData(0, Qt::UserRole, QString());
    const ReferenceData reference(*m_database);
    for (const Country& country : reference.countries()) {
        const QVector<Division> divisions = reference.divisions(country.code);
        if (divisions.isEmpty())
            continue;
        auto* parent = new QTreeWidgetItem(m_divisions, {country.names.display(m_language)});
        // A country is a heading here: the country filters are above.
        parent->setFlags(Qt::ItemIsEnabled);
        for (const Division& division : divisions) {
            auto* item = new QTreeWidgetItem(
                parent,
                {QStringLiteral("%1 · %2").arg(division.names.display(m_language), division.code)});
            item->setData(0, Qt::UserRole, division.code);
        }
    }
}

void FilterPanel::setDatabase(Database& database)
{
    m_database = &database;
    reloadReferenceData();
}

void FilterPanel::reloadReferenceData()
{
    populateCountries();
    populateDivisions();
    // A country or division the database does not know (another file was opened) would filter
    // by something the panel cannot show: that part of the filter is dropped, visibly.
    PairingFilter known = m_filter;
    const ReferenceData reference(*m_database);
    if (!known.division.isEmpty() && !reference.division(known.division))
        known.division.clear();
    QStringList countries;
    for (const QString& code : std::as_const(known.countries))
        if (reference.country(code))
            countries << code;
    known.countries = countries;
    const bool changed = known != m_filter;
    m_filter = known;
    showFilter();
    if (changed)
        emit filterChanged(m_filter);
}

void FilterPanel::setLanguage(Language language)
{
    m_language = language;
    reloadReferenceData();
}

void FilterPanel::readWidgets()
{
    if (m_updating)
        return;
    PairingFilter filter;
    const QString first = m_country->currentData().toString();
    const QString second = m_partner->currentData().toString();
    if (!first.isEmpty())
        filter.countries << first;
    if (!second.isEmpty())
        filter.countries << second;
    if (QTreeWidgetItem* item = m_divisions->currentItem())
        filter.division = item->data(0, Qt::UserRole).toString();
    filter.region = m_region->currentData().toString();
    filter.undatedOnly = m_undated->isChecked();
    if (!filter.undatedOnly) {
        if (m_from->value() > kFirstYear)
            filter.fromYear = m_from->value();
        if (m_to->value() > kFirstYear)
            filter.toYear = m_to->value();
    }
    filter.status = m_status->currentData().toString();
    filter.kind = m_kind->currentData().toString();
    filter.search = m_search->text().trimmed();
    m_from->setEnabled(!filter.undatedOnly);
    m_to->setEnabled(!filter.undatedOnly);
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_summary->setText(summary());
    emit filterChanged(m_filter);
}

void FilterPanel::showFilter()
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    selectData(m_country, m_filter.countries.value(0));
    selectData(m_partner, m_filter.countries.value(1));
    m_divisions->setCurrentItem(m_divisions->topLevelItem(0));
    for (QTreeWidgetItemIterator it(m_divisions); *it && !m_filter.division.isEmpty(); ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == m_filter.division) {
            m_divisions->setCurrentItem(*it);
            m_divisions->scrollToItem(*it);
        }
    selectData(m_region, m_filter.region);
    m_from->setValue(m_filter.fromYear.value_or(kFirstYear));
    m_to->setValue(m_filter.toYear.value_or(kFirstYear));
    m_undated->setChecked(m_filter.undatedOnly);
    m_from->setEnabled(!m_filter.undatedOnly);
    m_to->setEnabled(!m_filter.undatedOnly);
    selectData(m_status, m_filter.status);
    selectData(m_kind, m_filter.kind);
    if (m_search->text().trimmed() != m_filter.search)
        m_search->setText(m_filter.search);
    m_summary->setText(summary());
}

void FilterPanel::setFilter(const PairingFilter& filter)
{
    if (!filter.validate().isEmpty() || filter == m_filter)
        return;
    m_filter = filter;
    showFilter();
    emit filterChanged(m_filter);
}

void FilterPanel::clear()
{
    m_searchTimer->stop();
    setFilter(PairingFilter());
}

void FilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString FilterPanel::summary() const
{
    return PairingFilterText(*m_database, m_language).summary(m_filter);
}

void FilterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sc
