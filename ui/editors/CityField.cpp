#include "CityField.h"

#include "CityRepository.h"
#include "ListingQuery.h"

#include <QCompleter>
#include <QStandardItemModel>

namespace sc {

namespace {

constexpr int kCompletions = 20;

QString labelOf(const QString& name, const QString& native, const QString& country,
                const QString& division)
{
    QString out = name;
    if (!native.isEmpty() && native != name)
        out += QStringLiteral(" · ") + native;
    QStringList where{country};
    if (!division.isEmpty())
        where << division;
    return out + QStringLiteral(" (%1)").arg(where.join(QStringLiteral(", ")));
}

} // namespace

CityField::CityField(Database& database, Language language, QWidget* parent)
    : QLineEdit(parent), m_database(database), m_language(language)
{
    m_completions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_completions, this);
    // The database has already matched every language: show its matches as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &CityField::updateCompletions);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_id != 0 && text == m_label)
            return;
        m_id = 0;
        emit cityChanged();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                m_id = index.data(Qt::UserRole).toLongLong();
                m_label = index.data(Qt::DisplayRole).toString();
                emit cityChanged();
            });
}

void CityField::updateCompletions(const QString& text)
{
    m_completions->clear();
    if (text.trimmed().isEmpty())
        return;
    const ListingQuery query(m_database, Listing::Cities);
    const QStringList columns = query.columns();
    const int name = int(columns.indexOf(QStringLiteral("name")));
    const int native = int(columns.indexOf(QStringLiteral("native")));
    const int country = int(columns.indexOf(QStringLiteral("country")));
    const int division = int(columns.indexOf(QStringLiteral("division")));
    for (const ListingRow& row : query.rows(m_language, text, 0, kCompletions, name)) {
        auto* item = new QStandardItem(
            labelOf(row.cells.at(name).toString(), row.cells.at(native).toString(),
                    row.cells.at(country).toString(), row.cells.at(division).toString()));
        item->setData(row.id, Qt::UserRole);
        m_completions->appendRow(item);
    }
}

QString CityField::label(Database& database, qint64 id, Language language)
{
    const auto city = CityRepository(database).get(id);
    if (!city)
        return {};
    return labelOf(city->names.display(language), city->names.native, city->country,
                   city->division);
}

void CityField::setCity(qint64 id)
{
    m_label = label(m_database, id, m_language);
    m_id = id;
    setText(m_label);
    emit cityChanged();
}

CityField::Resolution CityField::resolve() const
{
    if (m_id != 0)
        return {State::Found, m_id, 1};
    const QString name = text().trimmed();
    if (name.isEmpty())
        return {};
    const QVector<qint64> ids = CityRepository(m_database).findByName(name);
    if (ids.isEmpty())
        return {State::Unknown, 0, 0};
    if (ids.size() > 1)
        return {State::Ambiguous, 0, int(ids.size())};
    return {State::Found, ids.first(), 1};
}

} // namespace sc
