#include "ImportColumnTable.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>

namespace sc {

namespace {

QString quoted(const QString& text)
{
    return text.size() > 60 ? text.left(60) + QChar(0x2026) : text;
}

} // namespace

ImportColumnTable::ImportColumnTable(QWidget* parent) : QTableWidget(0, 3, parent)
{
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    retranslateUi();
}

void ImportColumnTable::fill(const QStringList& header, const QStringList& firstRecord,
                             const QStringList& fields)
{
    m_map = ColumnMap::byHeader(header, fields, {QStringLiteral("id")});
    setRowCount(int(header.size()));
    const QString ignore = tr("(ignore)");
    for (int column = 0; column < header.size(); ++column) {
        setItem(column, 0, new QTableWidgetItem(header.at(column)));
        setItem(column, 1, new QTableWidgetItem(quoted(firstRecord.value(column))));
        auto* box = new QComboBox(this);
        box->addItem(ignore, QString());
        for (const QString& field : fields)
            box->addItem(field, field);
        box->setCurrentIndex(qMax(0, box->findData(m_map.field(column))));
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, box, column] { mapColumn(column, box->currentData().toString()); });
        setCellWidget(column, 2, box);
    }
    resizeColumnsToContents();
}

void ImportColumnTable::mapColumn(int column, const QString& field)
{
    const QString previous = m_map.field(column);
    if (!previous.isEmpty())
        m_map.set(previous, -1);
    if (field.isEmpty()) {
        m_map.ignore(column);
    } else {
        // A field fed by another column until now: that column is ignored from here on.
        const int other = m_map.column(field);
        m_map.set(field, column);
        if (other >= 0 && other != column) {
            m_map.ignore(other);
            selectField(other, QString());
        }
    }
    selectField(column, field);
    emit mappingChanged();
}

void ImportColumnTable::selectField(int column, const QString& field)
{
    if (auto* box = qobject_cast<QComboBox*>(cellWidget(column, 2))) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(field.isEmpty() ? 0 : qMax(0, box->findData(field)));
    }
}

void ImportColumnTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

void ImportColumnTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    for (int row = 0; row < rowCount(); ++row)
        if (auto* box = qobject_cast<QComboBox*>(cellWidget(row, 2)))
            box->setItemText(0, tr("(ignore)"));
}

} // namespace sc
