// swift-tools-version: 6.0
import PackageDescription

// One-way dependencies, top to bottom:
//   CLibXML2 → SafeXML → ArticleReading → Attribution → Corroboration → LedgerStore → Reporting → claimledger
//   (TextPrimitives, depending on nothing, under SafeXML and every later module: code points, hashing, decimal digits, term tables)
//   (Evaluation beside them: ArticleReading → Evaluation → claimledger)
//   (ReadAhead, depending on nothing: work ahead of or behind a thread, for batches and the report's scan)
//   (ReviewApp: LedgerStore and Reporting served over HTTP by Hummingbird, for `claimledger serve`)
// Only SafeXML imports CLibXML2; every other module sees Swift values.
let package = Package(
  name: "ClaimLedger",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "claimledger", targets: ["claimledger"]),
    .library(
      name: "ClaimLedger",
      targets: ["SafeXML", "ArticleReading", "Attribution", "Evaluation", "Corroboration", "LedgerStore", "Reporting"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "SafeXML", dependencies: ["CLibXML2", "TextPrimitives"]),
    .target(name: "TextPrimitives"),
    .target(name: "ArticleReading", dependencies: ["SafeXML", "TextPrimitives"]),
    .target(name: "Attribution", dependencies: ["ArticleReading", "TextPrimitives"]),
    .target(name: "Evaluation", dependencies: ["ArticleReading"]),
    .target(name: "Corroboration", dependencies: ["Attribution", "TextPrimitives"]),
    .target(
      name: "LedgerStore",
      dependencies: [
        "SafeXML", "TextPrimitives", "ArticleReading", "Attribution", "Corroboration", "ReadAhead",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .target(name: "Reporting", dependencies: ["LedgerStore", "Corroboration", "SafeXML", "TextPrimitives"]),
    .target(name: "ReadAhead"),
    .target(
      name: "ReviewApp",
      dependencies: [
        "LedgerStore", "Reporting", "SafeXML", "Corroboration", "TextPrimitives",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ),
    .executableTarget(
      name: "claimledger",
      dependencies: [
        "ArticleReading", "Attribution", "Evaluation", "LedgerStore", "Corroboration", "Reporting", "ReadAhead",
        "ReviewApp", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "claimledger-bench",
      dependencies: ["ArticleReading", "Attribution", "LedgerStore", "ReadAhead"]
    ),
    .executableTarget(
      name: "claimledger-fuzz",
      dependencies: ["ArticleReading", "Attribution", "LedgerStore", "Reporting"]
    ),
    .target(name: "TestFolders", path: "Tests/TestFolders"),
    .testTarget(name: "SafeXMLTests", dependencies: ["SafeXML"]),
    .testTarget(name: "ReadAheadTests", dependencies: ["ReadAhead"]),
    .testTarget(name: "TextPrimitivesTests", dependencies: ["TextPrimitives"]),
    .testTarget(name: "ArticleReadingTests", dependencies: ["ArticleReading", "TextPrimitives", "TestFolders"]),
    .testTarget(name: "AttributionTests", dependencies: ["Attribution", "TextPrimitives"]),
    .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Attribution", "ArticleReading"]),
    .testTarget(name: "CorroborationTests", dependencies: ["Corroboration"]),
    .testTarget(
      name: "LedgerStoreTests",
      dependencies: ["LedgerStore", "TestFolders", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(name: "ReportingTests", dependencies: ["Reporting", "LedgerStore", "SafeXML", "TestFolders"]),
    .testTarget(
      name: "CommandLineTests", dependencies: ["claimledger", "claimledger-fuzz", "TestFolders", "SafeXML"]),
  ],
  swiftLanguageModes: [.v6]
)
