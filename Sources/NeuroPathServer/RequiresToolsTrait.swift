// The server's packages (Hummingbird, swift-nio) are resolved only with the package trait `Tools`, so that a
// package that embeds the library does not fetch them.
#if !Tools
    #error("NeuroPathServer is built with the package trait Tools: swift build --traits Tools")
#endif
