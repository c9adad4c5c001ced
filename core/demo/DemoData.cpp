// SPDX-License-Identifier: MIT
#include "demo/DemoData.h"

namespace csw::DemoData {

namespace {
QStringList list(std::initializer_list<const char16_t *> words)
{
    QStringList result;
    for (const char16_t *word : words)
        result << QString::fromUtf16(word);
    return result;
}
} // namespace

const QStringList &csms()
{
    static const QStringList l = list({u"佐藤 美咲", u"鈴木 健太", u"高橋 彩", u"田中 翔太",
                                       u"伊藤 由美", u"Emily Clark"});
    return l;
}

const QStringList &japaneseCompanyCores()
{
    static const QStringList l = list({u"さくら", u"あおば", u"ひかり", u"みらい", u"富士",
                                       u"大和", u"東海", u"北斗", u"青空", u"丸山", u"新星",
                                       u"朝日", u"常盤", u"若葉", u"白鷺", u"浜松", u"京橋",
                                       u"神田", u"瀬戸内", u"六甲"});
    return l;
}

const QStringList &japaneseCompanyKinds()
{
    static const QStringList l = list({u"物流", u"製作所", u"商事", u"食品", u"不動産", u"建設",
                                       u"電機", u"薬品", u"ソリューションズ", u"システムズ",
                                       u"工業", u"出版", u"学園", u"クリニック",
                                       u"ホールディングス"});
    return l;
}

const QStringList &englishCompanyCores()
{
    static const QStringList l = list({u"Aozora", u"Hikari", u"Kaizen", u"Nexus", u"Bluebird",
                                       u"Northwind", u"Summit", u"Harbor", u"Evergreen",
                                       u"Tsubasa"});
    return l;
}

const QStringList &englishCompanyKinds()
{
    static const QStringList l = list({u"Systems Inc.", u"Labs K.K.", u"Logistics Co., Ltd.",
                                       u"Foods Co., Ltd.", u"Retail Inc.", u"Health K.K.",
                                       u"Capital Partners", u"Works Inc.", u"Digital K.K."});
    return l;
}

const QStringList &regions()
{
    static const QStringList l = list({u"東京", u"大阪", u"名古屋", u"福岡", u"札幌", u"仙台",
                                       u"広島", u"横浜", u"京都", u"神戸", u"那覇", u"金沢"});
    return l;
}

const QStringList &industries()
{
    static const QStringList l = list({u"製造", u"小売", u"物流", u"IT・通信", u"金融",
                                       u"医療・ヘルスケア", u"教育", u"不動産", u"建設",
                                       u"飲食"});
    return l;
}

const QStringList &sources()
{
    static const QStringList l = list({u"ウェビナー", u"展示会", u"紹介", u"SEO", u"リスティング広告",
                                       u"パートナー", u"アウトバウンド", u"Web問い合わせ"});
    return l;
}

const QStringList &onboardingNotes()
{
    static const QStringList l = list({u"キックオフ実施、サクセスプランを合意",
                                       u"Kickoff held; success plan agreed with the sponsor",
                                       u"導入支援開始。初回のクイックウィンを設定",
                                       u"Admin training booked; first quick win defined"});
    return l;
}

const QStringList &adoptionNotes()
{
    static const QStringList l = list({u"クイックウィン達成：初回レポートを経営会議で共有",
                                       u"Quick win reached: first dashboard in the weekly meeting",
                                       u"利用定着化のためのウェビナーに参加",
                                       u"Usage review: two unused features introduced"});
    return l;
}

const QStringList &expansionNotes()
{
    static const QStringList l = list({u"ライセンス上限に近づき、アップセルを提案",
                                       u"Seat usage at 95%; upsell proposal sent",
                                       u"他部署への展開（クロスセル）を検討中",
                                       u"QBRで来期ロードマップを合意"});
    return l;
}

const QStringList &riskNotes()
{
    static const QStringList l = list({u"ログイン数が急減、担当者が異動",
                                       u"Usage dropped 40% after champion left",
                                       u"NPS 回答が批判者（3点）", u"サポート問い合わせが急増",
                                       u"Sponsor asked about cheaper alternatives"});
    return l;
}

const QStringList &rescueNotes()
{
    static const QStringList l = list({u"新任担当者とのオンボーディングをやり直し",
                                       u"Rescue plan done: integration issue fixed",
                                       u"課題を解消し、利用率が回復"});
    return l;
}

const QStringList &churnReasons()
{
    static const QStringList l = list({u"予算削減", u"競合製品へ乗り換え",
                                       u"Champion left; no new sponsor", u"期待した機能が不足",
                                       u"Expected features that sales had promised",
                                       u"利用が定着しなかった", u"事業縮小・撤退",
                                       u"Price increase at renewal"});
    return l;
}

} // namespace csw::DemoData
