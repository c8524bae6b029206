# Precompiled headers for a build from scratch (CI, a first build): every source file of a
# target otherwise parses the same Qt and GoogleTest headers again, which is most of its compile
# time (a test file: 14 s of CPU without, 6 s with). ccache cannot reuse an object compiled
# against a precompiled header without extra sloppiness settings, so with ccache as the
# launcher they are off by default: there the cache is what makes a rebuild fast.
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    set(sistercities_pch_default OFF)
else()
    set(sistercities_pch_default ON)
endif()
option(SISTERCITIES_PCH "Precompile the common Qt and GoogleTest headers" ${sistercities_pch_default})

# What each kind of target may see: core's list holds Qt Core and Qt Sql only, so that a
# precompiled header never brings a widget into core; the tests add GoogleTest and the
# application object.
set(sistercities_pch_core
    <QCoreApplication> <QDir> <QFile> <QHash> <QSqlDatabase> <QSqlError> <QSqlQuery> <QString>
    <QStringList> <QVariant> <QVector> <algorithm> <functional> <memory> <optional>)
set(sistercities_pch_ui ${sistercities_pch_core}
    <QAction> <QApplication> <QComboBox> <QDialog> <QLabel> <QLineEdit> <QPushButton>
    <QTableView> <QVBoxLayout> <QWidget>)
set(sistercities_pch_test ${sistercities_pch_core} <QApplication> <QImage> <gtest/gtest.h>)

# sistercities_precompile(<target> core|ui|test)
function(sistercities_precompile target kind)
    if(SISTERCITIES_PCH)
        target_precompile_headers(${target} PRIVATE ${sistercities_pch_${kind}})
    endif()
endfunction()
