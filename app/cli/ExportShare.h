#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace sc::cli {

// One more sistercities-cli drawing a share of `figures export` beside this process. Qt Charts
// lays out and paints on the GUI thread only, so a second core takes part in the drawing only
// through a second process: this program again, with this process's own arguments and the
// hidden `--part K/N`, writing its share of the files itself (each atomically, as ever).
class ExportShare final {
public:
    // Starts share `part` of `parts`; `arguments` are this process's, without the program.
    ExportShare(const QStringList& arguments, int part, int parts);
    ~ExportShare();
    ExportShare(const ExportShare&) = delete;
    ExportShare& operator=(const ExportShare&) = delete;

    // Waits for the process to end. `written` gets the files it wrote; `errors` its messages
    // (already "sistercities-cli: …" lines) or why it stopped. False when it did not succeed.
    bool finish(QStringList& written, QString& errors);

    // "--part K/N" read back: false for anything but 0 ≤ K < N ≤ `most`.
    static bool parsePart(const QString& value, int most, int& part, int& parts);

private:
    QProcess m_process;
    int m_part;
    int m_parts;
};

} // namespace sc::cli
