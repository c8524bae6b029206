#pragma once

// A widget's parts as a user meets them, found by object name: tests drive windows and dialogs
// through these and what they show, never through getters kept for tests.

#include <QObject>

#include <gtest/gtest.h>

namespace sc::testsupport {

// The child of `parent` named `name`; a test fails at once when there is none.
template <typename T> T* child(const QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << "no child named " << name;
    return found;
}
template <typename T> T* child(const QObject* parent, const char* name)
{
    return child<T>(*parent, name);
}

} // namespace sc::testsupport
