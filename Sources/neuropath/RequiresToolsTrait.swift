// The command line's packages (swift-argument-parser, the server's) are resolved only with the package trait
// `Tools`, so that a package that embeds the library does not fetch them.
#if !Tools
    #error("neuropath is built with the package trait Tools: swift build --traits Tools")
#endif
