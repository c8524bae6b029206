#include "ChartBuilder.h"

#include <gtest/gtest.h>

using namespace sc;

TEST(ChartTitle, ALongCaptionIsCutInTwoLinesNotElided)
{
    const QString ja = QStringLiteral("図 12：日中韓の姉妹都市・友好都市の現状に対する中国側都市と"
                                      "日本側都市の評価の比較");
    const QString title = ChartBuilder::wrappedTitle(ja);
    const QStringList lines = title.split(QStringLiteral("<br>"));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.join(QString()), ja); // nothing lost, nothing added
    EXPECT_LT(std::abs(int(lines[0].size()) - int(lines[1].size())), 6);

    const QString en = QStringLiteral("Figure 11: Chinese cities' evaluation of exchanges with "
                                      "their Japanese and Korean sister cities");
    const QStringList enLines = ChartBuilder::wrappedTitle(en).split(QStringLiteral("<br>"));
    ASSERT_EQ(enLines.size(), 2);
    EXPECT_EQ(enLines.join(QStringLiteral(" ")).toStdString(),
              en.toHtmlEscaped().toStdString()); // cut at a space, between whole words

    const QString shortTitle = QStringLiteral("图 3：中日新增友好城市数量演变");
    EXPECT_EQ(ChartBuilder::wrappedTitle(shortTitle), shortTitle);
}
