#include "PairingDialog.h"

#include "CityField.h"
#include "Error.h"
#include "NameNormaliser.h"
#include "PairingRepository.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sc {

PairingDialog::PairingDialog(Database& database, Language language,
                             const std::optional<Pairing>& existing, QWidget* parent)
    : QDialog(parent), m_database(database), m_language(language), m_existing(existing)
{
    m_cityA = new CityField(database, language, this);
    m_cityB = new CityField(database, language, this);
    m_established = new QLineEdit(this);
    m_dateBasis = new QLineEdit(this);
    m_status = new QComboBox(this);
    m_kind = new QComboBox(this);
    m_source = new QComboBox(this);
    // Thousands of sources: typing part of a title finds one.
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->completer()->setFilterMode(Qt::MatchContains);
    m_source->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_source->setMinimumContentsLength(40);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_cityA->setObjectName(QStringLiteral("cityA"));
    m_cityB->setObjectName(QStringLiteral("cityB"));
    m_established->setObjectName(QStringLiteral("established"));
    m_dateBasis->setObjectName(QStringLiteral("dateBasis"));
    m_status->setObjectName(QStringLiteral("status"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_source->setObjectName(QStringLiteral("source"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createCity"));
    m_createButton->hide();
    connect(m_createButton, &QPushButton::clicked, this, &PairingDialog::createUnknownCity);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PairingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_form = new QFormLayout;
    m_form->addRow(QStringLiteral("a"), m_cityA);
    m_form->addRow(QStringLiteral("b"), m_cityB);
    m_form->addRow(QStringLiteral("established"), m_established);
    m_form->addRow(QStringLiteral("basis"), m_dateBasis);
    m_form->addRow(QStringLiteral("status"), m_status);
    m_form->addRow(QStringLiteral("kind"), m_kind);
    m_form->addRow(QStringLiteral("source"), m_source);
    m_form->addRow(QStringLiteral("note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_createButton, 0, Qt::AlignLeft);
    layout->addWidget(m_buttons);

    retranslateUi();
    m_source->addItem(QString(), 0);
    for (const Source& source : SourceRepository(database).all())
        m_source->addItem(source.title, source.id);

    if (m_existing) {
        m_cityA->setCity(m_existing->cityA);
        m_cityB->setCity(m_existing->cityB);
        m_established->setText(m_existing->established);
        m_dateBasis->setText(m_existing->dateBasis);
        m_status->setCurrentIndex(m_status->findData(m_existing->status));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_existing->kind)));
        m_source->setCurrentIndex(std::max(0, m_source->findData(m_existing->sourceId)));
        m_note->setPlainText(m_existing->note);
    } else {
        m_source->setCurrentIndex(0);
    }
    // Long titles show their beginning, which is what tells them apart.
    m_source->lineEdit()->setCursorPosition(0);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void PairingDialog::retranslateUi()
{
    setWindowTitle(m_existing ? tr("Edit Pairing") : tr("New Pairing"));
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_cityA, tr("&City:"));
    label(m_cityB, tr("&Partner city:"));
    label(m_established, tr("&Established:"));
    label(m_dateBasis, tr("Date &basis:"));
    label(m_status, tr("S&tatus:"));
    label(m_kind, tr("&Kind:"));
    label(m_source, tr("S&ource:"));
    label(m_note, tr("&Note:"));
    m_cityA->setPlaceholderText(tr("A name in any language"));
    m_cityB->setPlaceholderText(tr("A name in any language"));
    m_established->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown"));
    m_dateBasis->setPlaceholderText(tr("What the date is, e.g. the signing of the agreement"));
    m_source->lineEdit()->setPlaceholderText(tr("Where this pairing was read (required)"));

    const QString status = m_status->currentData().toString();
    m_status->clear();
    for (const QString& code : Pairing::statuses())
        m_status->addItem(ValueText::status(code), code);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    const QString kind = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(ValueText::unknown(), QString());
    for (const QString& code : Pairing::kinds())
        m_kind->addItem(ValueText::kind(code), code);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    if (!m_problem->text().isEmpty())
        validate();
}

Pairing PairingDialog::pairing() const
{
    Pairing p = m_existing.value_or(Pairing());
    p.cityA = m_cityA->resolve().id;
    p.cityB = m_cityB->resolve().id;
    p.established = m_established->text().trimmed();
    p.dateBasis = m_dateBasis->text().trimmed();
    p.status = m_status->currentData().toString();
    p.kind = m_kind->currentData().toString();
    // A title typed but not picked from the list counts only if it names a source exactly.
    const int index = m_source->findText(m_source->currentText(), Qt::MatchExactly);
    p.sourceId = index > 0 ? m_source->itemData(index).toLongLong() : 0;
    p.note = m_note->toPlainText().trimmed();
    return p;
}

QString PairingDialog::validate()
{
    m_unknownField = nullptr;
    QString why;
    for (CityField* field : {m_cityA, m_cityB}) {
        const QString which = field == m_cityA ? tr("City") : tr("Partner city");
        const CityField::Resolution city = field->resolve();
        if (city.state == CityField::State::Empty)
            why = tr("%1: enter a city name").arg(which);
        else if (city.state == CityField::State::Unknown) {
            // A name no city may have cannot be offered for a new city either.
            const NameNormaliser::Result name = NameNormaliser::normalise(field->text());
            if (!name.ok()) {
                why = tr("%1: %2 %3")
                          .arg(which, NameNormaliser::visible(field->text()), name.problem);
            } else {
                why = tr("%1: no city is called “%2”. Create it, or pick one from the list.")
                          .arg(which, name.name);
                m_unknownField = field;
            }
        } else if (city.state == CityField::State::Ambiguous)
            why = tr("%1: %2 cities are called “%3”: pick one from the list.")
                      .arg(which)
                      .arg(city.matches)
                      .arg(field->text().trimmed());
        if (!why.isEmpty())
            break;
    }
    if (why.isEmpty() && m_source->currentIndex() <= 0 && !m_source->currentText().isEmpty() &&
        m_source->findText(m_source->currentText(), Qt::MatchExactly) < 0)
        why = tr("Source: no source is called “%1”: pick one from the list.")
                  .arg(m_source->currentText());
    if (why.isEmpty()) {
        const QString problem = PairingRepository(m_database).validate(pairing());
        if (!problem.isEmpty())
            why = problem.at(0).toUpper() + problem.mid(1) + QLatin1Char('.');
    }
    m_problem->setText(why);
    m_createButton->setVisible(m_unknownField != nullptr && m_createCity != nullptr);
    if (m_unknownField)
        m_createButton->setText(
            tr("Create “%1”…").arg(NameNormaliser::normalise(m_unknownField->text()).name));
    return why;
}

void PairingDialog::createUnknownCity()
{
    if (!m_unknownField || !m_createCity)
        return;
    CityField* field = m_unknownField;
    if (const qint64 id = m_createCity(NameNormaliser::normalise(field->text()).name))
        field->setCity(id);
    validate();
}

QString PairingDialog::describe(Database& database, const Pairing& p, Language language)
{
    const auto source = SourceRepository(database).get(p.sourceId);
    QStringList lines;
    lines << tr("Cities: %1 — %2")
                 .arg(CityField::label(database, p.cityA, language),
                      CityField::label(database, p.cityB, language));
    lines << tr("Established: %1").arg(ValueText::date(p.established));
    lines << tr("Date basis: %1").arg(p.dateBasis.isEmpty() ? ValueText::unknown() : p.dateBasis);
    lines << tr("Status: %1").arg(ValueText::status(p.status));
    lines << tr("Kind: %1").arg(ValueText::kind(p.kind));
    lines << tr("Source: %1").arg(source ? source->title : ValueText::unknown());
    lines << tr("Note: %1").arg(p.note);
    return lines.join(QLatin1Char('\n'));
}

void PairingDialog::accept()
{
    if (!validate().isEmpty())
        return;
    const SaveConflict::Texts texts{
        tr("This pairing was deleted elsewhere since you opened it; "
           "nothing was saved. Cancel, or copy your input first."),
        tr("This pairing was changed elsewhere since you opened it; nothing was saved and "
           "your input is kept.\n\nNow stored:\n%1\n\nYours:\n%2\n\nPress OK again to save "
           "yours over it, or Cancel to keep what is stored.")};
    const auto read = [this](qint64 id) {
        return PairingRepository(m_database).get(id);
    };
    const auto describe = [this](const Pairing& p) {
        return PairingDialog::describe(m_database, p, m_language);
    };
    if (SaveConflict::save(m_save, m_existing, pairing(), read, describe, texts, m_problem))
        QDialog::accept();
}

void PairingDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sc
