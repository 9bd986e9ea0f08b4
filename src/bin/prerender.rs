fn main() {
    println!("{}", fourxx_guide::render::render_app("/codes/429/"));
}
