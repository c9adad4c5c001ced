// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

namespace csw {
class Book;
class BookSummaryView;

// The workbench window: menus, the open book, and the views over it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` as the book; on failure shows why and keeps the book that was open.
    bool openBook(const QString &path);
    Book *book() const { return m_book.get(); }

private:
    void createMenus();
    void chooseBook();
    void showAbout();

    std::unique_ptr<Book> m_book;
    BookSummaryView *m_summary;
};

} // namespace csw
