#include "CityDialog.h"

#include "CityRepository.h"
#include "Error.h"
#include "NameNormaliser.h"
#include "ReferenceData.h"
#include "SaveConflict.h"
#include "SourceRepository.h"
#include "ValueText.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace sc {

CityDialog::CityDialog(Database& database, Language language, const std::optional<City>& existing,
                       QWidget* parent)
    : QDialog(parent), m_database(database), m_language(language), m_existing(existing)
{
    m_country = new QComboBox(this);
    m_division = new QComboBox(this);
    m_level = new QComboBox(this);
    m_native = new QLineEdit(this);
    m_zh = new QLineEdit(this);
    m_ja = new QLineEdit(this);
    m_ko = new QLineEdit(this);
    m_en = new QLineEdit(this);
    m_latitude = new QLineEdit(this);
    m_longitude = new QLineEdit(this);
    m_source = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    m_division->setObjectName(QStringLiteral("division"));
    m_level->setObjectName(QStringLiteral("level"));
    m_latitude->setObjectName(QStringLiteral("latitude"));
    m_longitude->setObjectName(QStringLiteral("longitude"));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->completer()->setFilterMode(Qt::MatchContains);
    m_source->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_source->setMinimumContentsLength(40);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CityDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_form = new QFormLayout;
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_country, m_division, m_level, m_native, m_zh, m_ja, m_ko,
                                         m_en, m_latitude, m_longitude, m_source})
        m_form->addRow(QStringLiteral("-"), field);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (const Country& country : ReferenceData(database).countries())
        m_country->addItem(
            QStringLiteral("%1 (%2)").arg(country.names.display(language), country.code),
            country.code);
    connect(m_country, &QComboBox::currentIndexChanged, this, &CityDialog::populateDivisions);
    m_source->addItem(QString(), 0);
    for (const Source& source : SourceRepository(database).all())
        m_source->addItem(source.title, source.id);
    retranslateUi();

    const City city = m_existing.value_or(City());
    m_country->setCurrentIndex(std::max(0, m_country->findData(city.country)));
    populateDivisions();
    m_division->setCurrentIndex(std::max(0, m_division->findData(city.division)));
    m_level->setCurrentIndex(std::max(0, m_level->findData(city.level)));
    m_native->setText(city.names.native);
    m_zh->setText(city.names.zh);
    m_ja->setText(city.names.ja);
    m_ko->setText(city.names.ko);
    m_en->setText(city.names.en);
    if (city.latitude)
        m_latitude->setText(QLocale().toString(*city.latitude, 'f', 6));
    if (city.longitude)
        m_longitude->setText(QLocale().toString(*city.longitude, 'f', 6));
    m_source->setCurrentIndex(std::max(0, m_source->findData(city.sourceId)));
    m_source->lineEdit()->setCursorPosition(0);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void CityDialog::retranslateUi()
{
    setWindowTitle(m_existing ? tr("Edit City") : tr("New City"));
    const QList<QPair<QWidget*, QString>> labels = {
        {m_country, tr("&Country:")},  {m_division, tr("&Division:")},
        {m_level, tr("&Level:")},      {m_native, tr("&Native name:")},
        {m_zh, tr("Chinese name:")},   {m_ja, tr("Japanese name:")},
        {m_ko, tr("Korean name:")},    {m_en, tr("&English name:")},
        {m_latitude, tr("Latitude:")}, {m_longitude, tr("Longitude:")},
        {m_source, tr("S&ource:")}};
    for (const auto& [field, text] : labels)
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field)))
            l->setText(text);
    m_native->setPlaceholderText(tr("As the city writes it (required)"));
    for (QLineEdit* field : {m_zh, m_ja, m_ko, m_en})
        field->setPlaceholderText(tr("Empty when unknown"));
    m_latitude->setPlaceholderText(tr("Degrees north, -90 to 90; empty when unknown"));
    m_longitude->setPlaceholderText(tr("Degrees east, -180 to 180; empty when unknown"));
    m_source->lineEdit()->setPlaceholderText(tr("Where the city's data was read (optional)"));
    const QString level = m_level->currentData().toString();
    m_level->clear();
    for (const QString& code : City::levels())
        m_level->addItem(ValueText::level(code), code);
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
    if (m_division->count() > 0)
        m_division->setItemText(0, ValueText::unknown());
    if (!m_problem->text().isEmpty())
        validate();
}

void CityDialog::populateDivisions()
{
    const QString current = m_division->currentData().toString();
    m_division->clear();
    m_division->addItem(ValueText::unknown(), QString());
    for (const Division& division :
         ReferenceData(m_database).divisions(m_country->currentData().toString()))
        m_division->addItem(
            QStringLiteral("%1 (%2)").arg(division.names.display(m_language), division.code),
            division.code);
    m_division->setCurrentIndex(std::max(0, m_division->findData(current)));
}

QLineEdit* CityDialog::nameField(const QString& which) const
{
    if (which == QLatin1String("native"))
        return m_native;
    if (which == QLatin1String("zh"))
        return m_zh;
    if (which == QLatin1String("ja"))
        return m_ja;
    if (which == QLatin1String("ko"))
        return m_ko;
    return m_en;
}

std::optional<double> CityDialog::coordinate(const QLineEdit* field, QString* why) const
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok && why)
        *why = tr("“%1” is not a number of degrees").arg(text);
    return ok ? std::optional<double>(value) : std::nullopt;
}

City CityDialog::city() const
{
    City c = m_existing.value_or(City());
    c.country = m_country->currentData().toString();
    c.division = m_division->currentData().toString();
    c.level = m_level->currentData().toString();
    // As import stores names: NFC, trimmed, invisible edges stripped; a name the normaliser
    // refuses stays as typed, so that validate() says why.
    const auto normalised = [](const QLineEdit* field) {
        const NameNormaliser::Result name = NameNormaliser::normalise(field->text());
        return name.ok() ? name.name : field->text().trimmed();
    };
    c.names.native = normalised(m_native);
    c.names.zh = normalised(m_zh);
    c.names.ja = normalised(m_ja);
    c.names.ko = normalised(m_ko);
    c.names.en = normalised(m_en);
    c.latitude = coordinate(m_latitude, nullptr);
    c.longitude = coordinate(m_longitude, nullptr);
    const int index = m_source->findText(m_source->currentText(), Qt::MatchExactly);
    c.sourceId = index > 0 ? m_source->itemData(index).toLongLong() : 0;
    return c;
}

QString CityDialog::validate()
{
    QString why;
    QString coordinateProblem;
    if (coordinate(m_latitude, &coordinateProblem), !coordinateProblem.isEmpty())
        why = tr("Latitude: %1.").arg(coordinateProblem);
    else if (coordinate(m_longitude, &coordinateProblem), !coordinateProblem.isEmpty())
        why = tr("Longitude: %1.").arg(coordinateProblem);
    else if (!m_source->currentText().isEmpty() &&
             m_source->findText(m_source->currentText(), Qt::MatchExactly) < 0)
        why = tr("Source: no source is called “%1”: pick one from the list.")
                  .arg(m_source->currentText());
    else if (const QString problem = CityRepository(m_database).validate(city());
             !problem.isEmpty())
        why = problem.at(0).toUpper() + problem.mid(1) + QLatin1Char('.');
    m_problem->setText(why);
    return why;
}

QString CityDialog::describe(const City& c)
{
    QStringList lines;
    lines << tr("Country: %1").arg(c.country);
    lines << tr("Division: %1").arg(c.division.isEmpty() ? ValueText::unknown() : c.division);
    lines << tr("Level: %1").arg(ValueText::level(c.level));
    lines << tr("Names: %1").arg(c.names.all().join(QStringLiteral(" / ")));
    return lines.join(QLatin1Char('\n'));
}

void CityDialog::accept()
{
    if (!validate().isEmpty())
        return;
    const SaveConflict::Texts texts{
        tr("This city was deleted elsewhere since you opened it; nothing was saved."),
        tr("This city was changed elsewhere since you opened it; nothing was saved and "
           "your input is kept.\n\nNow stored:\n%1\n\nYours:\n%2\n\nPress OK again to save "
           "yours over it, or Cancel to keep what is stored.")};
    const auto read = [this](qint64 id) {
        return CityRepository(m_database).get(id);
    };
    if (SaveConflict::save(m_save, m_existing, city(), read, &CityDialog::describe, texts,
                           m_problem))
        QDialog::accept();
}

void CityDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sc
