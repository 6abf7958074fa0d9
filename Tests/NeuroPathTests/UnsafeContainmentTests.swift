import Foundation
import Testing

@testable import NeuroPath

/// The two owning wrappers of the library's unsafe memory access: what they hold is what was put in, at every
/// size including zero. (Out-of-range access traps by design; the oracle and fuzz runs exercise the checks.)
@Suite struct UnsafeContainmentTests {
    @Test func aFixedBufferHoldsWhatWasWrittenAtEverySize() {
        for count in [0, 1, 7, 1000] {
            let values = (0..<count).map { Int32($0 * 3) }
            let copied = FixedBuffer(copying: values)
            #expect(copied.count == count)
            #expect((0..<count).map { copied[$0] } == values)
            let filled = FixedBuffer(repeating: false, count: count)
            for index in stride(from: 0, to: count, by: 2) { filled[index] = true }
            #expect((0..<count).map { filled[$0] } == (0..<count).map { $0 % 2 == 0 })
            if count > 0 { #expect(copied[Int32(count - 1)] == values[count - 1]) }
        }
    }

    @Test func aByteViewFindsComparesAndLoadsWithinItsBytes() {
        let data = Data("alpha\tbeta\nalpha\u{e9}\n".utf8)
        data.withUnsafeBytes { raw in
            let view = ByteView(raw.bindMemory(to: UInt8.self))
            #expect(view.count == data.count)
            #expect(view.firstIndex(of: UInt8(ascii: "\t"), from: 0) == 5)
            #expect(view.firstIndex(of: UInt8(ascii: "\n"), from: 11) == data.count - 1)
            #expect(view.firstIndex(of: UInt8(ascii: "z"), from: 0) == data.count)
            #expect(view.firstIndex(of: UInt8(ascii: "a"), from: data.count) == data.count)
            #expect(view.same(0..<5, 11..<16) && !view.same(0..<5, 6..<10) && view.same(3..<3, 7..<7))
            #expect(view.string(6..<10) == "beta" && view.string(11..<18) == "alpha\u{e9}")
            let expected = (0..<8).reduce(UInt64(0)) { $0 | UInt64(data[$1 + 1]) << (8 * UInt64($1)) }
            #expect(view.word(at: 1) == expected)
        }
    }

    @Test func theHashOfANameDependsOnlyOnItsBytes() {
        let data = Data("GRIN2B-long-name\tGRIN2B-long-name\n".utf8)
        data.withUnsafeBytes { raw in
            let view = ByteView(raw.bindMemory(to: UInt8.self))
            #expect(ByteInterner.hash(0..<16, in: view) == ByteInterner.hash(17..<33, in: view))
            #expect(ByteInterner.hash(0..<16, in: view) != ByteInterner.hash(0..<15, in: view))
        }
    }

    @Test func workOnTwoCoresComesBackWholeAndInOrder() {
        for count in [0, 1, 2, 3, 16, 17, 1_000] {
            let values = Array(0..<count)
            // A transform whose cost differs by element, so the two halves finish at different times.
            let square = { (value: Int) -> Int in
                (0..<(value % 7) * 100).reduce(value * value) { total, _ in total &+ 0 }
            }
            #expect(values.concurrentMap(square) == values.map(square), "\(count) elements")
            #expect(values.concurrentMap(threshold: 16, square) == values.map(square))
        }
        let (first, second) = concurrently({ (1...1_000).reduce(0, +) }, { "second" })
        #expect(first == 500_500 && second == "second")
    }
}
